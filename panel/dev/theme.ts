// Home Assistant's default theme variables (light and dark), for the dev page and bench only;
// inside Home Assistant the real theme provides them.
export const THEME_LIGHT: Record<string, string> = {
  '--primary-color': '#03a9f4',
  '--primary-text-color': '#212121',
  '--secondary-text-color': '#727272',
  '--text-primary-color': '#ffffff',
  '--primary-background-color': '#fafafa',
  '--card-background-color': '#ffffff',
  '--divider-color': 'rgba(0, 0, 0, 0.12)',
  '--error-color': '#db4437',
  '--app-header-background-color': '#03a9f4',
  '--app-header-text-color': '#ffffff',
  '--ha-card-border-radius': '12px',
};

export const THEME_DARK: Record<string, string> = {
  ...THEME_LIGHT,
  '--primary-text-color': '#e1e1e1',
  '--secondary-text-color': '#9b9b9b',
  '--primary-background-color': '#111111',
  '--card-background-color': '#1c1c1c',
  '--divider-color': 'rgba(225, 225, 225, 0.12)',
  '--app-header-background-color': '#101e24',
  '--app-header-text-color': '#e1e1e1',
};
