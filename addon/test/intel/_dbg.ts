import { estimateEta } from '../../src/intel/eta.js';
import { brisket, trueArrival } from '../fixtures/cook.js';
const seed = Number(process.argv[2] ?? 2);
const cook = brisket({ seed });
const arrival = trueArrival(cook, 95)!;
const meat: any[] = [];
const pit: any[] = [];
cook.forEach((s, i) => {
  pit.push([s.ts, s.pit]);
  if (s.meat !== null && s.meat < 500) meat.push([s.ts, s.meat]);
  if (i % 60 === 0 && s.ts < arrival && s.ts > arrival - 150 * 60000) {
    const e = estimateEta(meat, pit, 95);
    console.log(
      ((arrival - s.ts) / 60000).toFixed(0),
      e.status,
      e.method,
      e.caveats?.join(','),
      e.pit,
      e.kPerHour?.toFixed(3),
      e.kSe?.toFixed(3),
      e.etaTs ? ((e.etaTs - arrival) / 60000).toFixed(1) : '-',
      e.lowTs ? ((e.lowTs - arrival) / 60000).toFixed(0) : '',
      e.highTs ? ((e.highTs - arrival) / 60000).toFixed(0) : '',
      e.pitChangedAt ? ((arrival - e.pitChangedAt) / 60000).toFixed(0) : '',
    );
  }
});
