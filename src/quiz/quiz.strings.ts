import { common } from '../i18n/common.js';
import type { Lang } from '../i18n/lang.js';
import type { CautionKey } from './decide.js';
import type { Step, Urgency } from './questions.js';

type StepCopy = { [S in Step as S['id']]: { q: string; o: Record<S['options'][number], string> } };

// For someone in pain, on a phone: short, plain, kind; advice, never a diagnosis, and no
// claim beyond the evidence (content brief §1, §4, §5). Answers are quoted back as reasons,
// so each one must read well on its own.
const en = {
  ...common.en,
  title: 'Acupuncture, physical therapy, or both?',
  intro: 'Answer a few quick questions to see where to start.',
  meta: 'About 1 minute · Your answers stay on this device',
  start: 'Start',
  back: 'Back',
  next: 'Next',
  restart: 'Start over',
  progress: 'Question {n} of {total}',
  pick: 'Please choose an answer.',
  tick: 'Tick all that apply.',
  none: 'None of these',
  steps: {
    signs: {
      q: 'First, for your safety: any of these?',
      o: {
        bladder: 'New trouble starting or controlling your pee or bowels, or not feeling when you go',
        numb: 'New numbness between your legs, or in your genitals, buttocks or bottom',
        weakness: 'Leg weakness that is getting worse or in both legs, or tripping or dragging a foot',
        crash: 'Pain that began with a serious fall, car crash or other major injury',
        fever: 'Fever or chills, especially if your immune system is weak or you inject drugs',
      },
    },
    checks: {
      q: 'And any of these?',
      o: {
        cancer: 'Any history of cancer',
        weight: 'Losing weight without trying',
        night: 'Constant night pain that no position eases',
        age: 'New pain, and you are over 50 or under 20',
        bones: 'Osteoporosis or long-term steroid use',
        slow: 'No better after 4–6 weeks, and no doctor has checked it',
      },
    },
    kind: { q: 'What is your pain like?', o: { sharpPain: 'Sharp, shooting, or runs down a leg', dullPain: 'Dull, achy, or stiff' } },
    duration: {
      q: 'How long have you had it?',
      o: { acute: 'Less than 6 weeks', subacute: '6 to 12 weeks', chronic: 'More than 12 weeks' },
    },
    cause: {
      q: 'Did it start with a minor injury or surgery?',
      o: { recentInjury: 'A minor strain or injury', surgery: 'I am healing from surgery', noCause: 'Neither' },
    },
    moving: {
      q: 'How does moving feel right now?',
      o: { posture: 'Some movements or positions make it worse', hardToMove: 'Any movement is hard to bear', movingOk: 'Mostly fine' },
    },
    pt: {
      q: 'Have you tried physical therapy for it?',
      o: { noPt: 'Not yet', ptHelped: 'Yes, and it helped', ptNotEnough: 'Physical therapy did not fully help' },
    },
    about: {
      q: 'Anything else we should know?',
      o: {
        ptPrescribed: 'A doctor told me to get physical therapy',
        avoidNeedles: 'I would rather avoid needles',
        drugFree: 'I want care without medicines',
        pregnant: 'I am pregnant',
        bleeding: 'I take blood thinners or have a bleeding disorder',
        pacemaker: 'I have a pacemaker',
      },
    },
    goal: {
      q: 'What matters most to you?',
      o: { quickRelief: 'Easing the pain soon', strength: 'Getting stronger so it does not come back', goalBoth: 'Both relief and strength' },
    },
  } satisfies StepCopy,
  result: {
    acupuncture: { h: 'Start with acupuncture', p: 'It may ease pain in the short term, so moving gets easier.' },
    pt: { h: 'Start with physical therapy', p: 'Exercises and movement to ease pain and build lasting strength.' },
    both: { h: 'Start with both', p: 'Acupuncture may ease the pain; physical therapy builds lasting strength.' },
  },
  because: 'Because you said:',
  acute: 'Most new back pain gets better with time.',
  chronic: 'Guidelines rank exercise and acupuncture as first choices.',
  plan: 'A typical plan',
  weeks: [
    { key: '1', when: 'Weeks 1–2', what: 'Acupuncture twice a week, gentle physical therapy' },
    { key: '3', when: 'Weeks 3–5', what: 'Acupuncture weekly, core and hip exercises' },
    { key: '6', when: 'Week 6 on', what: 'Physical therapy to build strength, acupuncture as needed' },
  ],
  cautionsTitle: 'Before acupuncture',
  cautions: {
    avoidNeedles: 'Nervous about needles? Say so; they are very thin, and you can stop anytime.',
    pregnant: 'Pregnancy: tell your acupuncturist and therapist.',
    bleeding: 'Blood thinners or a bleeding disorder: tell your acupuncturist first.',
    pacemaker: 'Pacemaker: tell your acupuncturist; no electro-acupuncture.',
  } satisfies Record<CautionKey, string>,
  advice: {
    emergency: { h: 'Go to an emergency department now', p: 'Please do not wait to see if it passes.' },
    'emergency-or-urgent': { h: 'Get medical care today', p: 'At an emergency department or same-day urgent care.' },
    urgent: { h: 'Go to urgent care today', p: 'Or see a doctor today.' },
    'doctor-today': { h: 'Call your doctor today', p: 'Tell them what you ticked here.' },
    'doctor-first': { h: 'See your doctor first', p: 'Before you start treatment. Often it is nothing serious.' },
  } satisfies Record<Urgency, { h: string; p: string }>,
  call: 'Call {number}',
  worse: 'If it suddenly gets worse, call {number}.',
};

export type QuizStrings = typeof en;

export const quizCatalog: Record<Lang, QuizStrings> = {
  en,
  es: {
    ...common.es,
    title: '¿Acupuntura, fisioterapia o ambas?',
    intro: 'Responda unas preguntas rápidas para saber por dónde empezar.',
    meta: 'Alrededor de 1 minuto · Sus respuestas se quedan en este dispositivo',
    start: 'Empezar',
    back: 'Atrás',
    next: 'Siguiente',
    restart: 'Empezar de nuevo',
    progress: 'Pregunta {n} de {total}',
    pick: 'Elija una respuesta.',
    tick: 'Marque todas las que correspondan.',
    none: 'Ninguna de estas',
    steps: {
      signs: {
        q: 'Primero, por su seguridad: ¿alguno de estos?',
        o: {
          bladder: 'Problemas nuevos para empezar o controlar la orina o las heces, o no sentir cuando va',
          numb: 'Adormecimiento nuevo entre las piernas, o en genitales, nalgas o ano',
          weakness: 'Debilidad de piernas que empeora o en ambas, o tropieza o arrastra un pie',
          crash: 'Dolor que empezó con una caída grave, un choque u otra lesión fuerte',
          fever: 'Fiebre o escalofríos, sobre todo con defensas bajas o si se inyecta drogas',
        },
      },
      checks: {
        q: '¿Y alguno de estos?',
        o: {
          cancer: 'Ha tenido cáncer',
          weight: 'Baja de peso sin intentarlo',
          night: 'Dolor constante de noche que ninguna postura calma',
          age: 'Dolor nuevo, y tiene más de 50 o menos de 20 años',
          bones: 'Osteoporosis o corticoides por mucho tiempo',
          slow: 'No mejora tras 4–6 semanas y ningún médico lo ha revisado',
        },
      },
      kind: { q: '¿Cómo es su dolor?', o: { sharpPain: 'Agudo, punzante o le baja por la pierna', dullPain: 'Sordo, molesto o con rigidez' } },
      duration: {
        q: '¿Desde cuándo lo tiene?',
        o: { acute: 'Menos de 6 semanas', subacute: 'De 6 a 12 semanas', chronic: 'Más de 12 semanas' },
      },
      cause: {
        q: '¿Empezó con una lesión leve o una cirugía?',
        o: { recentInjury: 'Un tirón o una lesión leve', surgery: 'Me recupero de una cirugía', noCause: 'Ninguna' },
      },
      moving: {
        q: '¿Cómo se siente al moverse ahora?',
        o: { posture: 'Algunos movimientos o posturas lo empeoran', hardToMove: 'Cualquier movimiento me cuesta mucho', movingOk: 'Casi bien' },
      },
      pt: {
        q: '¿Ha probado la fisioterapia para esto?',
        o: { noPt: 'Todavía no', ptHelped: 'Sí, y me ayudó', ptNotEnough: 'La fisioterapia no me ayudó del todo' },
      },
      about: {
        q: '¿Algo más que debamos saber?',
        o: {
          ptPrescribed: 'Un médico me indicó fisioterapia',
          avoidNeedles: 'Prefiero evitar las agujas',
          drugFree: 'Quiero un tratamiento sin medicamentos',
          pregnant: 'Estoy embarazada',
          bleeding: 'Tomo anticoagulantes o tengo un trastorno de la coagulación',
          pacemaker: 'Tengo un marcapasos',
        },
      },
      goal: {
        q: '¿Qué es lo más importante para usted?',
        o: { quickRelief: 'Aliviar el dolor pronto', strength: 'Fortalecerme para que no vuelva', goalBoth: 'Alivio y fuerza, ambos' },
      },
    },
    result: {
      acupuncture: { h: 'Empiece con acupuntura', p: 'Puede aliviar el dolor a corto plazo, para que moverse cueste menos.' },
      pt: { h: 'Empiece con fisioterapia', p: 'Ejercicio y movimiento para aliviar el dolor y ganar fuerza duradera.' },
      both: { h: 'Empiece con ambas', p: 'La acupuntura puede aliviar el dolor; la fisioterapia da fuerza duradera.' },
    },
    because: 'Porque usted dijo:',
    acute: 'La mayoría del dolor de espalda nuevo mejora con el tiempo.',
    chronic: 'Las guías ponen el ejercicio y la acupuntura como primera opción.',
    plan: 'Un plan típico',
    weeks: [
      { key: '1', when: 'Semanas 1–2', what: 'Acupuntura dos veces por semana, fisioterapia suave' },
      { key: '3', when: 'Semanas 3–5', what: 'Acupuntura semanal, ejercicios de abdomen y cadera' },
      { key: '6', when: 'Desde la semana 6', what: 'Fisioterapia para ganar fuerza, acupuntura si hace falta' },
    ],
    cautionsTitle: 'Antes de la acupuntura',
    cautions: {
      avoidNeedles: '¿Le inquietan las agujas? Dígalo; son muy finas y puede parar cuando quiera.',
      pregnant: 'Embarazo: dígaselo a su acupunturista y a su fisioterapeuta.',
      bleeding: 'Anticoagulantes o trastorno de la coagulación: avise antes a su acupunturista.',
      pacemaker: 'Marcapasos: avise a su acupunturista; nada de electroacupuntura.',
    },
    advice: {
      emergency: { h: 'Vaya a urgencias ahora', p: 'Por favor, no espere a ver si se pasa.' },
      'emergency-or-urgent': { h: 'Busque atención médica hoy', p: 'En urgencias o en atención urgente el mismo día.' },
      urgent: { h: 'Vaya a atención urgente hoy', p: 'O vea hoy a un médico.' },
      'doctor-today': { h: 'Llame hoy a su médico', p: 'Cuéntele lo que marcó aquí.' },
      'doctor-first': { h: 'Consulte primero a su médico', p: 'Antes de empezar un tratamiento. Muchas veces no es nada grave.' },
    },
    call: 'Llamar al {number}',
    worse: 'Si empeora de repente, llame al {number}.',
  },
};
