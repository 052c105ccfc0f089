import { common } from '../i18n/common.js';
import type { Lang } from '../i18n/lang.js';

/**
 * Copy of the comparison table. Rows are keyed so a page's JSON overrides can change a
 * cell or add a criterion; `info` is the tooltip, where the nuance lives. Written to the
 * content brief: hedged where the evidence is thin, nothing from its "avoid" list.
 */
const en = {
  ...common.en,
  heading: 'Acupuncture or physical therapy?',
  intro: 'How they compare for back pain, and what using both adds.',
  /** Follows the intro when the page sets `clinic-name`. */
  ask: 'Not sure? The team at {clinic} can help you choose.',
  about: 'About {row}',
  recommended: 'Recommended',
  rows: [
    {
      key: 'pain',
      label: 'Pain relief',
      acupuncture: 'May ease pain in the short term.',
      pt: 'Eases pain gradually as you get stronger.',
      both: 'Less pain may make PT exercises easier.',
      info: 'Both give modest relief on average. No study has compared which works faster.',
    },
    {
      key: 'cause',
      label: 'Works on the cause',
      acupuncture: 'Aims at the pain itself.',
      pt: 'Works on strength, posture and movement.',
      both: 'Eases pain while PT works on movement.',
      info: 'Back pain rarely has one clear cause. PT targets stiffness, weakness and habits.',
    },
    {
      key: 'session',
      label: 'What a session involves',
      acupuncture: 'Fine needles rest in place for 15–30 minutes.',
      pt: 'Guided exercise and hands-on care, plus homework.',
      both: 'Two kinds of visit in one plan.',
      info: 'In studies, a course of acupuncture was about 10 sessions over 5–7 weeks.',
    },
    {
      key: 'stress',
      label: 'Stress and relaxation',
      acupuncture: 'Many people find sessions calming.',
      pt: 'Staying active can lift your mood.',
      both: 'Rest plus activity may help you feel in control.',
      info: 'Based on what patients report; studies rarely measure stress.',
    },
    {
      key: 'recovery',
      label: 'Long-term recovery',
      acupuncture: 'Mostly studied in the short term.',
      pt: 'Builds strength you keep using at home.',
      both: 'PT builds lasting strength; acupuncture may help with flare-ups.',
      info: 'Exercise you keep doing after visits end can keep helping.',
    },
    {
      key: 'risks',
      label: 'Side effects',
      acupuncture: 'Usually mild: bruising, soreness, tiredness.',
      pt: 'Sore muscles or tiredness after exercise.',
      both: 'The same mild effects as each alone.',
      info: 'About 1 in 10 people gets a minor side effect from acupuncture, 1 in 10,000 a serious one. Mention blood thinners, pregnancy or a pacemaker.',
    },
    {
      key: 'insurance',
      label: 'Insurance coverage',
      acupuncture: 'Varies. Medicare covers chronic low back pain.',
      pt: 'Covered by many plans, including Medicare.',
      both: 'Check both with your plan.',
      info: 'Medicare covers up to 12 acupuncture visits in 90 days (20 a year) for back pain lasting 12+ weeks. Other plans vary.',
    },
    {
      key: 'evidence',
      label: 'What the evidence says',
      acupuncture: 'Small benefit, low-certainty evidence. Guidelines differ.',
      pt: 'Exercise helps: moderate-certainty evidence.',
      both: 'Little research on the pair; US guidelines list both first.',
      info: 'US guidelines (ACP) list exercise and acupuncture as first choices; UK guidelines (NICE) advise against acupuncture. Cochrane: exercise probably helps (moderate certainty), acupuncture may help a little (low certainty).',
    },
  ],
};

export type CompareStrings = typeof en;
export type CompareRow = CompareStrings['rows'][number];

export const compareCatalog: Record<Lang, CompareStrings> = {
  en,
  es: {
    ...common.es,
    heading: '¿Acupuntura o fisioterapia?',
    intro: 'Cómo se comparan para el dolor de espalda y qué aporta usar ambas.',
    ask: '¿Tiene dudas? El equipo de {clinic} puede ayudarle a elegir.',
    about: 'Acerca de {row}',
    recommended: 'Recomendación',
    rows: [
      {
        key: 'pain',
        label: 'Alivio del dolor',
        acupuncture: 'Puede aliviar el dolor a corto plazo.',
        pt: 'Lo alivia poco a poco, a medida que gana fuerza.',
        both: 'Con menos dolor, los ejercicios pueden ser más fáciles.',
        info: 'Ambas dan un alivio modesto en promedio. Ningún estudio ha comparado cuál actúa más rápido.',
      },
      {
        key: 'cause',
        label: 'Trabaja la causa',
        acupuncture: 'Se centra en el dolor en sí.',
        pt: 'Trabaja la fuerza, la postura y el movimiento.',
        both: 'Alivia el dolor mientras la fisioterapia trabaja el movimiento.',
        info: 'El dolor de espalda rara vez tiene una sola causa clara. La fisioterapia trabaja la rigidez, la debilidad y los hábitos.',
      },
      {
        key: 'session',
        label: 'Cómo es una sesión',
        acupuncture: 'Agujas finas quedan puestas de 15 a 30 minutos.',
        pt: 'Ejercicio guiado y trabajo manual, más tareas para casa.',
        both: 'Dos tipos de visita en un mismo plan.',
        info: 'En los estudios, un tratamiento de acupuntura fue de unas 10 sesiones en 5 a 7 semanas.',
      },
      {
        key: 'stress',
        label: 'Estrés y relajación',
        acupuncture: 'Muchas personas encuentran las sesiones relajantes.',
        pt: 'Mantenerse activo puede mejorar el ánimo.',
        both: 'Descanso y actividad pueden darle más control.',
        info: 'Según lo que cuentan los pacientes; los estudios rara vez miden el estrés.',
      },
      {
        key: 'recovery',
        label: 'Recuperación a largo plazo',
        acupuncture: 'Estudiada sobre todo a corto plazo.',
        pt: 'Crea fuerza que usted sigue usando en casa.',
        both: 'La fisioterapia da fuerza duradera; la acupuntura puede ayudar en las recaídas.',
        info: 'El ejercicio que siga haciendo después de las visitas puede seguir ayudando.',
      },
      {
        key: 'risks',
        label: 'Efectos secundarios',
        acupuncture: 'Suelen ser leves: moretones, molestias, cansancio.',
        pt: 'Músculos adoloridos o cansancio tras el ejercicio.',
        both: 'Los mismos efectos leves que cada una por separado.',
        info: 'Cerca de 1 de cada 10 personas tiene un efecto leve con la acupuntura, y 1 de cada 10.000 uno grave. Avise si toma anticoagulantes, está embarazada o tiene marcapasos.',
      },
      {
        key: 'insurance',
        label: 'Cobertura del seguro',
        acupuncture: 'Varía. Medicare cubre el dolor lumbar crónico.',
        pt: 'La cubren muchos planes, incluido Medicare.',
        both: 'Consulte ambas con su plan.',
        info: 'Medicare cubre hasta 12 visitas de acupuntura en 90 días (20 al año) para el dolor lumbar de 12 semanas o más. Otros planes varían.',
      },
      {
        key: 'evidence',
        label: 'Qué dice la evidencia',
        acupuncture: 'Beneficio pequeño, evidencia de certeza baja. Las guías no coinciden.',
        pt: 'El ejercicio ayuda: evidencia de certeza moderada.',
        both: 'Poca investigación sobre ambas juntas; las guías de EE. UU. ponen las dos primero.',
        info: 'Las guías de EE. UU. (ACP) ponen el ejercicio y la acupuntura como primeras opciones; las del Reino Unido (NICE) desaconsejan la acupuntura. Cochrane: el ejercicio probablemente ayuda (certeza moderada), la acupuntura puede ayudar un poco (certeza baja).',
      },
    ],
  },
};
