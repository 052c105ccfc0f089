/**
 * The evidence behind the widget's copy (see the content brief). Citations are the same
 * in every language, so they live here once, not in the string catalogues.
 */
export const SOURCES = {
  acp2017: {
    cite: 'Qaseem A, et al. Noninvasive treatments for acute, subacute, and chronic low back pain: a clinical practice guideline from the American College of Physicians. Ann Intern Med 2017;166:514–30.',
    url: 'https://doi.org/10.7326/M16-2367',
  },
  nice2016: {
    cite: 'NICE. Low back pain and sciatica in over 16s: assessment and management (NG59). 2016.',
    url: 'https://www.nice.org.uk/guidance/ng59',
  },
  cochraneAcu2020: {
    cite: 'Mu J, et al. Acupuncture for chronic nonspecific low back pain. Cochrane Database Syst Rev 2020;CD013814.',
    url: 'https://doi.org/10.1002/14651858.CD013814',
  },
  cochraneEx2021: {
    cite: 'Hayden JA, et al. Exercise therapy for chronic low back pain. Cochrane Database Syst Rev 2021;CD009790.',
    url: 'https://doi.org/10.1002/14651858.CD009790.pub2',
  },
  medicare: {
    cite: 'Centers for Medicare & Medicaid Services. National Coverage Determination 30.3.3, Acupuncture for Chronic Low Back Pain (2020); Medicare Part B outpatient therapy services.',
    url: '',
  },
  trials: {
    cite: 'Cherkin DC, et al. Arch Intern Med 2009;169:858–66. Haake M, et al. (GERAC) Arch Intern Med 2007;167:1892–8.',
    url: '',
  },
  safety2021: {
    cite: 'Bäumler P, et al. Acupuncture-related adverse events: systematic review and meta-analyses of prospective clinical studies. BMJ Open 2021.',
    url: '',
  },
  redFlags: {
    cite: 'Chou R, et al. Ann Intern Med 2011;154:181–9 (PMID 21282698); British Association of Spine Surgeons, cauda equina standards, 2018; Verhagen AP, et al. Eur Spine J 2016.',
    url: 'https://pubmed.ncbi.nlm.nih.gov/21282698/',
  },
} as const satisfies Record<string, { cite: string; url: string }>;

export type SourceKey = keyof typeof SOURCES;
