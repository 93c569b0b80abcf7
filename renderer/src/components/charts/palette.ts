/**
 * One meaning per colour, fixed across the app (charts conventions): the Okabe–Ito palette, safe for the common
 * forms of colour blindness. Never use colour alone: pair it with a label, a legend or a pattern.
 */

/** The eight Okabe–Ito colours (Okabe & Ito 2008, "Color Universal Design"). */
export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

/** Neutral grey for "no data" / "not labelled" (outside the meaning colours). */
const NEUTRAL = '#B8B8B8';

/** Model quantities. */
export const MEANING = {
  automated: OKABE_ITO.vermillion,
  augmented: OKABE_ITO.blue,
  unaffected: OKABE_ITO.bluishGreen,
  surplus: OKABE_ITO.reddishPurple,
  shortfall: OKABE_ITO.orange,
} as const;

/** Exposure labels (Eloundou et al.): E0 not exposed, E1 directly exposed, E2 exposed with tools. */
export const EXPOSURE = {
  E0: OKABE_ITO.skyBlue,
  E1: OKABE_ITO.vermillion,
  E2: OKABE_ITO.orange,
  none: NEUTRAL,
} as const;

/**
 * The FTE bridge and the attrition comparison (Dashboard). FTE available and FTE needed keep the colours of the
 * demand-vs-supply bars; what AI frees keeps the automated colour (work leaving the role); leavers and the
 * redeployment need (people beyond the work: the surplus colour) get their own. Each also has a pattern.
 */
export const FTE_FLOW = {
  today: OKABE_ITO.skyBlue,
  needed: OKABE_ITO.blue,
  freed: MEANING.automated,
  growth: OKABE_ITO.yellow,
  leavers: OKABE_ITO.bluishGreen,
  redeploy: MEANING.surplus,
} as const;
