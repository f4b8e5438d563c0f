/**
 * The `source` of every demo structure, in a module of its own: whoever needs to tell demo
 * structures apart (a printed summary) imports this line, not the demo data.
 */
export const DEMO_SOURCE = 'Données de démonstration Cap Numérique (fictives)';

/** Whether a structure comes from the bundled demo data. */
export const isDemo = (structure: { source: string }): boolean => structure.source === DEMO_SOURCE;
