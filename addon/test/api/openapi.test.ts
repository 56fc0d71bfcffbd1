import { expect } from 'chai';
import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { buildApp } from '../../src/routes.js';
import { startTestHub, type TestHub } from '../helpers.js';

type Layer = {
  route?: { path: string; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
};

/** Every (method, path) the express app routes, found by walking its router stacks. */
function expressRoutes(stack: Layer[]): string[] {
  const out: string[] = [];
  for (const layer of stack) {
    if (layer.route) {
      for (const [m, on] of Object.entries(layer.route.methods))
        if (on && m !== '_all') out.push(`${m} ${layer.route.path}`);
    } else if (layer.handle?.stack) {
      out.push(...expressRoutes(layer.handle.stack));
    }
  }
  return out;
}

describe('GET /api/v1/openapi.json', () => {
  let t: TestHub;
  let doc: {
    openapi: string;
    paths: Record<string, Record<string, unknown>>;
    components: { schemas: Record<string, object> };
  };
  before(async () => {
    t = await startTestHub();
    const res = await t.call('GET', '/openapi.json', undefined, null);
    expect(res.status).to.equal(200);
    doc = res.body;
  });
  after(() => t.stop());

  it('is a valid OpenAPI 3.1 document', async () => {
    const validator = new Validator();
    const res = await validator.validate(structuredClone(doc));
    expect(res.errors ?? [], JSON.stringify(res.errors, null, 1)).to.deep.equal([]);
    expect(res.valid).to.equal(true);
    expect(validator.version).to.equal('3.1');
  });

  it('holds component schemas that compile as JSON Schema 2020-12', () => {
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    ajv.addSchema({ $id: 'doc', components: doc.components });
    for (const name of Object.keys(doc.components.schemas)) {
      expect(() => ajv.getSchema(`doc#/components/schemas/${name}`), name).not.to.throw();
    }
  });

  it('describes every route the hub serves, and nothing it does not', () => {
    const app = buildApp(t.hub.ctx) as unknown as { router: { stack: Layer[] } };
    const served = expressRoutes(app.router.stack)
      .map((r) => r.replace(/:(\w+)/g, '{$1}'))
      .sort();
    const documented = Object.entries(doc.paths)
      .flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m} ${p}`))
      .sort();
    expect(documented).to.deep.equal(served);
  });

  it('names the security, the problem+json errors and the protocol schemas', () => {
    const ingest = doc.paths['/ingest']!.post as {
      security: unknown[];
      requestBody: { content: Record<string, { schema: { $ref: string } }> };
      responses: Record<string, { content?: Record<string, unknown> }>;
    };
    expect(ingest.security).to.deep.equal([{ deviceToken: [] }]);
    expect(ingest.requestBody.content['application/json']!.schema.$ref).to.equal(
      '#/components/schemas/IngestBatch',
    );
    expect(Object.keys(ingest.responses)).to.include.members(['200', '400', '401', '413', '422']);
    expect(ingest.responses['422']!.content).to.have.property('application/problem+json');
    expect(doc.components.schemas).to.include.keys(
      'Session',
      'SessionHistory',
      'CommandRecord',
      'IngestAck',
      'Problem',
    );
  });
});
