/** The Brewpit release; one number across hub, edge node, integration and panel. */
export const VERSION = '0.1.0';
