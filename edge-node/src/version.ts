/** Version reported to the hub in `status.version`; kept in step with package.json. */
export const EDGE_VERSION = '0.1.0';
