// Shared styles: plain elements dressed with Home Assistant theme variables only, logical
// properties throughout so right-to-left languages mirror correctly.
import { css } from 'lit';

export const sharedStyles = css`
  :host {
    color: var(--primary-text-color);
    font-family: var(--ha-font-family-body, Roboto, Noto, sans-serif);
  }
  .card {
    background: var(--card-background-color, var(--ha-card-background));
    border: 1px solid var(--divider-color);
    border-radius: var(--ha-card-border-radius, 12px);
    padding: 16px;
    margin-block-end: 16px;
    box-sizing: border-box;
  }
  h2 {
    font-size: 1.25rem;
    font-weight: 500;
    margin: 0 0 12px;
  }
  h3 {
    font-size: 1rem;
    font-weight: 500;
    margin: 0 0 8px;
  }
  button,
  .button {
    font: inherit;
    font-size: 0.875rem;
    font-weight: 500;
    color: var(--primary-color);
    background: transparent;
    border: 1px solid var(--divider-color);
    border-radius: 18px;
    padding-block: 6px;
    padding-inline: 14px;
    cursor: pointer;
    min-block-size: 36px;
    display: inline-flex;
    align-items: center;
    gap: 6px;
    text-decoration: none;
  }
  button.primary {
    background: var(--primary-color);
    color: var(--text-primary-color, #fff);
    border-color: var(--primary-color);
  }
  button.danger {
    color: var(--error-color);
    border-color: var(--error-color);
  }
  button.icon {
    padding-inline: 8px;
    min-inline-size: 36px;
    justify-content: center;
  }
  button:disabled {
    opacity: 0.5;
    cursor: default;
  }
  button:focus-visible,
  a:focus-visible,
  input:focus-visible,
  select:focus-visible,
  [tabindex]:focus-visible {
    outline: 2px solid var(--primary-color);
    outline-offset: 2px;
  }
  input,
  select {
    font: inherit;
    color: var(--primary-text-color);
    background: var(--card-background-color);
    border: 1px solid var(--divider-color);
    border-radius: 8px;
    padding-block: 6px;
    padding-inline: 10px;
    min-block-size: 36px;
    box-sizing: border-box;
  }
  label {
    color: var(--secondary-text-color);
    font-size: 0.875rem;
  }
  .muted {
    color: var(--secondary-text-color);
  }
  .error {
    color: var(--error-color);
  }
  .chip {
    display: inline-block;
    font-size: 0.75rem;
    border-radius: 10px;
    padding-block: 2px;
    padding-inline: 8px;
    border: 1px solid var(--divider-color);
    color: var(--secondary-text-color);
    white-space: nowrap;
  }
  .chip.active {
    color: var(--primary-color);
    border-color: var(--primary-color);
  }
  .chip.alert {
    color: var(--error-color);
    border-color: var(--error-color);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
  }
  .spacer {
    flex: 1;
  }
  .swatch {
    display: inline-block;
    inline-size: 10px;
    block-size: 10px;
    border-radius: 2px;
    margin-inline-end: 6px;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  th,
  td {
    text-align: start;
    padding-block: 6px;
    padding-inline: 8px;
    border-block-end: 1px solid var(--divider-color);
    font-size: 0.875rem;
  }
  th {
    color: var(--secondary-text-color);
    font-weight: 500;
  }
  td.num,
  th.num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
`;
