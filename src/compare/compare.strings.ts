import { common } from '../i18n/common.js';
import type { Lang } from '../i18n/lang.js';

/**
 * Copy of the comparison table. Rows are keyed so a page's JSON overrides can change a
 * cell or add a criterion; `info` is the tooltip, where the nuance lives (its sources are
 * named in `CITED`, the same in every language). Written to the content brief: hedged
 * where the evidence is thin, nothing from its "avoid" list; cells are short phrases.
 */

/** A criterion as written below: `[key, label, acupuncture, pt, both, info]`. */
type Row = [key: string, label: string, acupuncture: string, pt: string, both: string, info: string];

/**
 * Rows are written as lists to keep their field names out of the bundle, and keyed here,
 * once: the catalogue, and so content overrides, see `{ key, label, acupuncture, … }`.
 */
const rows = (list: Row[]) => list.map(([key, label, acupuncture, pt, both, info]) => ({ key, label, acupuncture, pt, both, info }));

const en = {
  ...common.en,
  heading: 'Acupuncture or physical therapy for back pain?',
  /** Shown under the heading when the page sets `clinic-name`. */
  ask: 'Not sure? The team at {clinic} can help you choose.',
  /** Starts an info button's name: "About Pain relief". */
  about: 'About',
  recommended: 'Recommended',
  rows: rows([
    [
      'pain',
      'Pain relief',
      'May ease pain in the short term',
      'Eases pain as you get stronger',
      'Less pain can make PT easier',
      'Both help a little on average. No study shows which is faster.',
    ],
    [
      'cause',
      'Works on the cause',
      'Aims at the pain itself',
      'Strength, posture, movement',
      'Pain relief plus movement work',
      'Back pain rarely has one clear cause; exercise helps either way.',
    ],
    [
      'session',
      'A session',
      'Fine needles, 15–30 minutes',
      'Exercise, hands-on care, homework',
      'Two kinds of visit, one plan',
      'In studies, acupuncture took about 10 sessions over 5–7 weeks.',
    ],
    [
      'stress',
      'Stress relief',
      'Many find it calming',
      'Activity can lift your mood',
      'Rest plus activity',
      'Based on what patients say; rarely studied.',
    ],
    [
      'recovery',
      'Long-term recovery',
      'Mostly studied short term',
      'Strength that lasts',
      'Lasting strength; acupuncture may help flare-ups',
      'Exercise helps as long as you keep it up.',
    ],
    [
      'risks',
      'Side effects',
      'Usually mild: bruising, soreness, tiredness',
      'Sore muscles, tiredness',
      'The mild effects of each',
      'With acupuncture, 1 in 10 people has a minor one, 1 in 10,000 a serious one. Mention blood thinners, pregnancy or a pacemaker.',
    ],
    [
      'insurance',
      'Insurance',
      'Varies; Medicare covers chronic low back pain',
      'Many plans, including Medicare',
      'Check both with your plan',
      'Medicare: up to 20 acupuncture visits a year for low back pain of 12+ weeks.',
    ],
    [
      'evidence',
      'What the evidence says',
      'Small benefit, low certainty; guidelines differ',
      'Exercise helps, moderate certainty',
      'Little studied together; US guidelines list both first',
      'Guidelines differ: the US (ACP) lists acupuncture and exercise first; the UK (NICE) advises against acupuncture.',
    ],
  ]),
};

export type CompareStrings = typeof en;
export type CompareRow = CompareStrings['rows'][number];

export const compareCatalog: Record<Lang, CompareStrings> = {
  en,
  es: {
    ...common.es,
    heading: '¿Acupuntura o fisioterapia para el dolor de espalda?',
    ask: '¿Tiene dudas? El equipo de {clinic} puede ayudarle a elegir.',
    about: 'Acerca de',
    recommended: 'Recomendación',
    rows: rows([
      [
        'pain',
        'Alivio del dolor',
        'Puede aliviar el dolor a corto plazo',
        'Alivia a medida que gana fuerza',
        'Menos dolor puede facilitar la fisioterapia',
        'En promedio, ambas ayudan un poco. Ningún estudio muestra cuál actúa antes.',
      ],
      [
        'cause',
        'Trabaja la causa',
        'Se centra en el dolor en sí',
        'Fuerza, postura, movimiento',
        'Alivio del dolor y trabajo del movimiento',
        'El dolor de espalda rara vez tiene una causa clara; el ejercicio ayuda igual.',
      ],
      [
        'session',
        'Una sesión',
        'Agujas finas, 15–30 minutos',
        'Ejercicio, trabajo manual, tareas para casa',
        'Dos tipos de visita, un plan',
        'En los estudios, la acupuntura llevó unas 10 sesiones en 5 a 7 semanas.',
      ],
      [
        'stress',
        'Alivio del estrés',
        'A muchos les resulta relajante',
        'La actividad puede mejorar el ánimo',
        'Descanso y actividad',
        'Según lo que cuentan los pacientes; poco estudiado.',
      ],
      [
        'recovery',
        'Recuperación a largo plazo',
        'Estudiada sobre todo a corto plazo',
        'Fuerza que dura',
        'Fuerza duradera; la acupuntura puede aliviar recaídas',
        'El ejercicio ayuda mientras usted lo mantenga.',
      ],
      [
        'risks',
        'Efectos secundarios',
        'Suelen ser leves: moretones, molestias, cansancio',
        'Músculos adoloridos, cansancio',
        'Los efectos leves de cada una',
        'Con la acupuntura, 1 de cada 10 personas tiene uno leve y 1 de cada 10.000 uno grave. Avise si toma anticoagulantes, está embarazada o tiene marcapasos.',
      ],
      [
        'insurance',
        'Seguro',
        'Varía; Medicare cubre el dolor lumbar crónico',
        'Muchos planes, incluido Medicare',
        'Consulte ambas con su plan',
        'Medicare: hasta 20 visitas de acupuntura al año por dolor lumbar de 12 semanas o más.',
      ],
      [
        'evidence',
        'Qué dice la evidencia',
        'Beneficio pequeño, certeza baja; las guías no coinciden',
        'El ejercicio ayuda, certeza moderada',
        'Poco estudiadas juntas; en EE. UU. las guías ponen ambas primero',
        'Las guías no coinciden: EE. UU. (ACP) pone ambas primero; el Reino Unido (NICE) desaconseja la acupuntura.',
      ],
    ]),
  },
};
