/**
 * The evidence behind the comparison table (see the content brief), listed in full under
 * its "Sources" disclosure: `[citation, link]`, linked where the work is online (titles
 * without their subtitles). Citations are the same in every language, so they live here
 * once, not in the string catalogues.
 */
export const SOURCES: readonly (readonly [cite: string, url?: string])[] = [
  [
    'Qaseem A, et al. (American College of Physicians). Noninvasive treatments for acute, subacute, and chronic low back pain. Ann Intern Med 2017;166:514–30.',
    'https://doi.org/10.7326/M16-2367',
  ],
  [
    'NICE. Low back pain and sciatica in over 16s (NG59). 2016.',
    'https://www.nice.org.uk/guidance/ng59',
  ],
  [
    'Mu J, et al. Acupuncture for chronic nonspecific low back pain. Cochrane Database Syst Rev 2020;CD013814.',
    'https://doi.org/10.1002/14651858.CD013814',
  ],
  [
    'Hayden JA, et al. Exercise therapy for chronic low back pain. Cochrane Database Syst Rev 2021;CD009790.',
    'https://doi.org/10.1002/14651858.CD009790.pub2',
  ],
  ['Cherkin DC, et al. Arch Intern Med 2009;169:858–66. Haake M, et al. Arch Intern Med 2007;167:1892–8.'],
  ['Bäumler P, et al. Acupuncture-related adverse events. BMJ Open 2021.'],
  ['Centers for Medicare & Medicaid Services. National Coverage Determination 30.3.3: Acupuncture for chronic low back pain. 2020.'],
];

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
