// Project types that name the same kind of facility, so that two reports of one project can
// agree on the family even where one article says محطة (power_plant) and another محطة طاقة
// شمسية (solar), or حقل (field) and حقل غاز (gas_field). The types are those of the projects
// stage (src/projects/triggers.ts) and of gold/FORMAT.md; an unknown type is its own family.

const FAMILIES: Record<string, readonly string[]> = {
  power: ['power_plant', 'solar', 'wind', 'hydro', 'nuclear', 'renewable', 'farm', 'plant_power'],
  grid: ['grid', 'substation', 'interconnection'],
  water: ['desalination', 'water', 'sanitation'],
  dam: ['dam'],
  rail: ['railway', 'metro', 'tram', 'train'],
  road: ['road', 'highway'],
  bridge: ['bridge'],
  tunnel: ['tunnel'],
  airport: ['airport'],
  port: ['port', 'terminal'],
  oil_gas: ['field', 'oil_field', 'gas_field', 'gas_plant', 'refinery', 'petrochemical'],
  pipeline: ['pipeline'],
  industry: ['plant', 'industrial_plant', 'factory', 'industrial_city', 'industrial_zone', 'mine', 'shipyard'],
  urban: ['housing', 'new_city', 'tourism'],
  social: ['hospital', 'school', 'university', 'research_center'],
  canal: ['canal'],
  program: ['program', 'fund'],
};

/** The type a trigger gives when it says nothing of the facility (مشروع X). */
export const GENERIC_TYPE = 'project';

const FAMILY_OF = new Map<string, string>(
  Object.entries(FAMILIES).flatMap(([family, types]) => types.map((t) => [t, family] as [string, string])),
);

/** The family of a project type; an unknown type is its own family, a missing one generic. */
export function typeFamily(type: string | null): string {
  if (!type) return GENERIC_TYPE;
  return FAMILY_OF.get(type) ?? type;
}

/**
 * Whether two families can be one project: the same family, or one of them the generic
 * مشروع (مشروع «واسط» and معمل الغاز في واسط). The family of industry takes oil and gas plants
 * too: معمل and مصنع are typed plant whatever they process.
 */
export function familiesAgree(a: string, b: string): boolean {
  if (a === b || a === GENERIC_TYPE || b === GENERIC_TYPE) return true;
  const pair = a < b ? `${a}|${b}` : `${b}|${a}`;
  return pair === 'industry|oil_gas';
}

/** The family of the type in `column`, as SQL (for filters on the store's projects table). */
export function familySql(column: string): string {
  const whens = [...FAMILY_OF].map(([t, f]) => `WHEN '${t}' THEN '${f}'`).join(' ');
  return `CASE coalesce(${column}, '${GENERIC_TYPE}') ${whens} ELSE coalesce(${column}, '${GENERIC_TYPE}') END`;
}
