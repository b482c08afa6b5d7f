// One colour per entity type and per family of figure kinds, shared by the highlights, the
// legend and the charts so a colour means the same thing everywhere on the page.
import type { EntityType } from '../model/types.js';

/** Background of a highlighted mention, and the bar colour of its type. */
export const ENTITY_COLORS: Record<EntityType, { fill: string; ink: string }> = {
  COUNTRY: { fill: '#fde68a', ink: '#92400e' },
  REGION: { fill: '#fed7aa', ink: '#9a3412' },
  CITY: { fill: '#bbf7d0', ink: '#166534' },
  LOCATION: { fill: '#bae6fd', ink: '#075985' },
  ORG: { fill: '#ddd6fe', ink: '#5b21b6' },
  PERSON: { fill: '#fbcfe8', ink: '#9d174d' },
  EVENT: { fill: '#e7e5e4', ink: '#44403c' },
};

/** Border and tint of a highlighted figure, by family of kinds (labels.ts KIND_FAMILY). */
export const FAMILY_COLORS: Record<string, string> = {
  energy: '#c2410c',
  money: '#15803d',
  percent: '#7e22ce',
  measure: '#a16207',
  time: '#1d4ed8',
  count: '#475569',
};

export const PROJECT_COLOR = '#0f766e';
export const DEFAULT_BAR = '#2563eb';
