// Converting a project's cost to US dollars. Only currencies pegged to the dollar are
// converted, at their official peg, because a peg is a fixed rate by definition and does not
// depend on a date; a floating currency (EUR, EGP, JPY, ...) keeps `cost_usd` null and its cost
// in `cost` and `currency`, as the contract allows.
// Pegs (units of the currency per US dollar), as set by each central bank:
//   SAR 3.75 (Saudi Central Bank, since 1986), AED 3.6725 (Central Bank of the UAE, since 1997),
//   QAR 3.64 (Qatar Central Bank, since 2001), BHD 0.376 (Central Bank of Bahrain, since 1980),
//   OMR 0.3845 (Central Bank of Oman, since 1986), JOD 0.709 (Central Bank of Jordan, since 1995),
//   HKD 7.80 (HKMA linked rate, centre of the 7.75–7.85 band), DJF 177.721 (since 1973),
//   PAB 1, and USD itself.

export const USD_PEGS: Readonly<Record<string, number>> = {
  USD: 1,
  SAR: 3.75,
  AED: 3.6725,
  QAR: 3.64,
  BHD: 0.376,
  OMR: 0.3845,
  JOD: 0.709,
  HKD: 7.8,
  DJF: 177.721,
  PAB: 1,
};

/** The amount in US dollars, or null for a currency without a peg. */
export function toUsd(amount: number, currency: string | null): number | null {
  if (!currency) return null;
  const rate = USD_PEGS[currency.toUpperCase()];
  if (rate === undefined) return null;
  return Math.round((amount / rate) * 100) / 100;
}
