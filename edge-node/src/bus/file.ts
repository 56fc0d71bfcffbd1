import { readFile, statfs } from 'node:fs/promises';

/** Reads small text files such as `/sys/class/thermal/thermal_zone0/temp`. */
export interface FileReader {
  readText(path: string): Promise<string>;
}

/** Disk figures from `statfs(2)`. */
export interface DiskStats {
  /** Total bytes on the file system. */
  total: number;
  /** Bytes available to an unprivileged user. */
  available: number;
}

/** Asks the kernel for the usage of the file system holding `path`. */
export interface DiskStatter {
  stat(path: string): Promise<DiskStats>;
}

/** The real file system. */
export const nodeFileReader: FileReader = {
  readText: (path) => readFile(path, 'utf8'),
};

/** The real `statfs`. */
export const nodeDiskStatter: DiskStatter = {
  async stat(path) {
    const s = await statfs(path);
    return { total: s.blocks * s.bsize, available: s.bavail * s.bsize };
  },
};
