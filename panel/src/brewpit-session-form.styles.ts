import { css } from 'lit';

export const formStyles = css`
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(180px, 1fr));
    gap: 12px;
  }
  .grid label {
    display: flex;
    flex-direction: column;
    gap: 4px;
  }
  fieldset {
    border: 1px solid var(--divider-color);
    border-radius: 8px;
    margin-block: 12px;
    padding: 8px 12px;
  }
  legend {
    color: var(--secondary-text-color);
    padding-inline: 4px;
  }
  .probe {
    display: grid;
    grid-template-columns: minmax(0, 1fr) 9em 8em;
    gap: 4px 8px;
    align-items: center;
    padding-block: 6px;
    border-block-end: 1px solid var(--divider-color);
  }
  .probe:last-of-type {
    border-block-end: none;
  }
  .check {
    color: var(--primary-text-color);
    display: flex;
    align-items: center;
    gap: 8px;
    min-inline-size: 0;
  }
  .who {
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
    margin-inline-end: auto;
  }
  .who .node {
    font-size: 0.75rem;
  }
  .reading {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .target {
    inline-size: 100%;
  }
  select:disabled,
  input:disabled {
    opacity: 0.45;
    cursor: not-allowed;
    background: var(--secondary-background-color, rgba(127, 127, 127, 0.12));
    border-style: dashed;
  }
  .in-use {
    grid-column: 1 / -1;
    font-size: 0.8125rem;
    color: var(--warning-color, #ffa600);
    display: flex;
    flex-wrap: wrap;
    gap: 4px 12px;
    align-items: center;
  }
  .share {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    color: var(--primary-text-color);
  }
  .others summary,
  .ha-sensors summary {
    cursor: pointer;
    color: var(--secondary-text-color);
    padding-block: 8px;
  }
  .search {
    inline-size: 100%;
    box-sizing: border-box;
    margin-block-end: 8px;
  }
  @media (max-width: 600px) {
    .probe {
      grid-template-columns: 1fr 1fr;
    }
    .check {
      grid-column: 1 / -1;
    }
  }
`;
