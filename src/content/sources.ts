/**
 * The evidence behind the comparison table (see the content brief), listed in full under
 * its "Sources" disclosure: `[citation, link]`, each with its year and a link a visitor can
 * follow (the link leads to the title). Citations are the same in every language, so they
 * live here once, not in the string catalogues.
 */
export const SOURCES: readonly (readonly [cite: string, url: string])[] = [
  ['American College of Physicians (Qaseem A, et al.). Ann Intern Med 2017;166:514–30.', 'https://doi.org/10.7326/M16-2367'],
  ['NICE guideline NG59: Low back pain and sciatica. 2016.', 'https://www.nice.org.uk/guidance/ng59'],
  ['Cochrane review of acupuncture (Mu J, et al.). 2020.', 'https://doi.org/10.1002/14651858.CD013814'],
  ['Cochrane review of exercise therapy (Hayden JA, et al.). 2021.', 'https://doi.org/10.1002/14651858.CD009790.pub2'],
  ['Cherkin DC, et al. Arch Intern Med 2009;169:858–66.', 'https://doi.org/10.1001/archinternmed.2009.65'],
  ['Haake M, et al. Arch Intern Med 2007;167:1892–8.', 'https://doi.org/10.1001/archinte.167.17.1892'],
  ['Bäumler P, et al. BMJ Open 2021;11:e045961.', 'https://doi.org/10.1136/bmjopen-2020-045961'],
  ['Medicare NCD 30.3.3: Acupuncture for chronic low back pain. 2020.', 'https://www.cms.gov/medicare-coverage-database/view/ncd.aspx?ncdid=373'],
];

/** When the content was last checked against its sources (IPDAS), as year and month; every language shows it. */
export const REVIEWED = [2026, 12] as const;

/**
 * The sources of each default row, named briefly in its tooltip. Rows a page adds cite
 * nothing; no prototype, so a row keyed "constructor" finds nothing here either.
 */
export const CITED: Partial<Record<string, string | null>> = {
  __proto__: null,
  pain: 'Cochrane 2020, 2021',
  cause: 'Cochrane 2021',
  session: 'Cherkin 2009, Haake 2007',
  recovery: 'Cochrane 2021, 2020',
  risks: 'Bäumler 2021',
  insurance: 'Medicare NCD 30.3.3',
  evidence: 'ACP 2017, NICE NG59, Cochrane 2020, 2021',
};
