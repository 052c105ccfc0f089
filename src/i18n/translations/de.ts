import { rows } from '../../compare/compare.strings.js';
import type { Translation } from '../translation.js';

/**
 * German, a language add-on. Standard German for Germany, Austria and Switzerland, formal "Sie".
 * A clinic is a "Praxis" (a "Klinik" is a hospital). Physical therapy is "Physiotherapie", the
 * word patients and prescriptions use now ("Krankengymnastik" is the older name; not needed).
 * The cautions name the treatment ("vor der Akupunktur") rather than the practitioner, since
 * acupuncture is given by doctors, Heilpraktiker and therapists alike.
 *
 * Glossary (every element uses these):
 * - back pain: Rückenschmerzen; low back pain: Kreuzschmerzen
 * - sharp / shooting / dull / achy / stiff: stechend / einschießend / dumpf / ziehend / Steifheit;
 *   radiating: ins Bein ausstrahlend; numbness: Taubheitsgefühl
 * - acupuncture: Akupunktur; acupuncturist: Akupunkteur/in (avoided: "bei der Akupunktur")
 * - physical therapy: Physiotherapie; physical therapist: Physiotherapeut/in
 * - exercise: Übungen; session: Sitzung; visit: Termin; guidelines: Leitlinien
 * - emergency department: Notaufnahme (of a hospital)
 * - urgent care: Bereitschaftspraxis (same-day walk-in practice, ärztlicher Bereitschaftsdienst),
 *   never the Notaufnahme
 * - evidence, low / moderate certainty: wenig gesichert / mäßig gesichert ("Studienlage")
 * - blood thinners: Blutverdünner; pacemaker: Herzschrittmacher; steroids: Kortison
 * - "None of these": "Nichts davon" (the questions ask "Trifft etwas davon zu?")
 */
export default {
  common: {
    acupuncture: 'Akupunktur',
    pt: 'Physiotherapie',
    both: 'Beides zusammen',
    disclaimer: 'Allgemeine Informationen, keine Diagnose und keine medizinische Beratung.',
    sources: 'Quellen',
    condition:
      'Rückenschmerzen sind sehr häufig und bessern sich meist innerhalb weniger Wochen. Lassen Sie sich zuerst ärztlich untersuchen bei neuem Taubheitsgefühl, Schwäche in den Beinen, Problemen mit Blase oder Darm, Fieber oder Schmerzen nach einer schweren Verletzung.',
  },
  compare: {
    heading: 'Akupunktur oder Physiotherapie bei Rückenschmerzen?',
    ask: 'Unsicher? Das Team von {clinic} kann Ihnen bei der Wahl helfen.',
    about: 'Mehr zu',
    recommended: 'Empfohlen',
    provider: 'Bereitgestellt von {clinic}, wo beide Behandlungen angeboten werden.',
    providerAny: 'Bereitgestellt von einer Praxis, die diese Behandlungen möglicherweise anbietet.',
    reviewed: 'Zuletzt geprüft: {month}/{year}.',
    policy: 'Wird jährlich geprüft, und früher, wenn sich die zitierten Leitlinien ändern.',
    cited: 'Quellen: {list}',
    rows: rows([
      [
        'pain',
        'Schmerzlinderung',
        'Kann Schmerzen kurzfristig lindern',
        'Übungen lindern wahrscheinlich Schmerzen',
        'Weniger Schmerz kann Übungen erleichtern',
        'Beides hilft etwas; keine Studie zeigt, was schneller wirkt. Studienlage: bei Akupunktur wenig gesichert, bei Übungen mäßig gesichert.',
      ],
      [
        'cause',
        'Schwerpunkt',
        'Der Schmerz selbst',
        'Kraft, Haltung und Bewegung',
        'Schmerzlinderung und Bewegung',
        'Rückenschmerzen haben selten eine einzige klare Ursache.',
      ],
      [
        'session',
        'Eine Sitzung',
        'Feine Nadeln, 15–30 Minuten',
        'Übungen, Behandlung mit den Händen, Hausaufgaben',
        'Zwei Arten von Terminen, ein Plan',
        'In Studien umfasste eine Behandlung etwa 10 Sitzungen in 5–7 Wochen.',
      ],
      [
        'stress',
        'Stressabbau',
        'Viele empfinden sie als beruhigend',
        'Bewegung kann die Stimmung heben',
        'Ruhe und Bewegung',
        'Beruht auf Berichten von Patienten; selten untersucht.',
      ],
      [
        'recovery',
        'Langfristige Erholung',
        'Meist nur kurzfristig untersucht',
        'Der Nutzen hält an, solange Sie weiter üben',
        'Übungen auf Dauer, Akupunktur begleitend',
        'Übungen helfen, solange Sie dranbleiben (mäßig gesichert); Akupunktur wurde meist nur kurzfristig untersucht (wenig gesichert).',
      ],
      [
        'risks',
        'Nebenwirkungen',
        'Meist leicht: blaue Flecken, Schmerzen an der Einstichstelle, Müdigkeit',
        'Muskelkater, Müdigkeit',
        'Die leichten Nebenwirkungen von beidem',
        'Akupunktur: Etwa 1 von 10 Personen hat eine leichte Nebenwirkung, 1 von 10.000 eine schwere. Erwähnen Sie Blutverdünner, eine Schwangerschaft, einen Herzschrittmacher oder eine Hautinfektion.',
      ],
      [
        'insurance',
        'Versicherung',
        'Unterschiedlich; Medicare zahlt bei chronischen Kreuzschmerzen',
        'Viele Versicherungen, auch Medicare',
        'Fragen Sie bei Ihrer Versicherung zu beidem nach',
        'Medicare: bei Kreuzschmerzen ab 12 Wochen, die nicht von einer Operation oder Schwangerschaft kommen, 12 Akupunktur-Termine in 90 Tagen, 8 weitere bei Besserung, höchstens 20 pro Jahr.',
      ],
      [
        'evidence',
        'Was die Studien zeigen',
        'Kleiner Nutzen, wenig gesichert; Leitlinien uneinig',
        'Übungen helfen, mäßig gesichert',
        'Kaum zusammen untersucht; in US-Leitlinien jeweils erste Wahl',
        'Die Leitlinien sind uneinig: In den USA (ACP) sind Akupunktur und Übungen jeweils erste Wahl; in Großbritannien (NICE) wird von Akupunktur abgeraten.',
      ],
    ]),
  },
  quiz: {
    title: 'Akupunktur, Physiotherapie oder beides?',
    intro: 'Ein paar kurze Fragen, um zu sehen, womit Sie beginnen.',
    meta: 'Etwa 1 Minute · Ihre Antworten bleiben in Ihrem Browser',
    start: 'Starten',
    back: 'Zurück',
    next: 'Weiter',
    restart: 'Neu beginnen',
    progress: 'Frage {n} von {total}',
    pick: 'Bitte wählen Sie eine Antwort.',
    none: 'Nichts davon',
    questions: {
      signs: 'Zuerst zu Ihrer Sicherheit: Trifft gerade etwas davon auf Sie zu?',
      checks: 'Und trifft etwas hiervon auf Sie zu?',
      kind: 'Wie fühlt sich Ihr Schmerz an?',
      duration: 'Wie lange haben Sie die Schmerzen schon?',
      cause: 'Wie haben die Schmerzen begonnen?',
      moving: 'Wie fühlt sich Bewegung gerade an?',
      tried: 'Wurde Ihnen ärztlich Physiotherapie empfohlen, oder haben Sie sie schon ausprobiert?',
      prefer: 'Welche Art von Behandlung spricht Sie mehr an?',
      health: 'Trifft etwas davon auf Sie zu?',
    },
    answers: {
      bladder: 'Neue Probleme, Urin oder Stuhl zu lassen oder zu halten, oder kein Gefühl dabei',
      numb: 'Neues Taubheitsgefühl zwischen den Beinen oder an Genitalien, Gesäß oder After',
      weakness: 'Schwäche im Bein, die zunimmt oder beide Beine betrifft, oder Sie stolpern oder ziehen einen Fuß nach',
      crash: 'Schmerzen, die mit einem schweren Sturz, Autounfall oder einer anderen schweren Verletzung begannen',
      fever: 'Fieber oder Schüttelfrost mit den Rückenschmerzen, vor allem bei geschwächtem Immunsystem oder wenn Sie Drogen spritzen',
      cancer: 'Krebs, jetzt oder früher',
      weight: 'Ungewollter Gewichtsverlust',
      night: 'Ständige Schmerzen nachts, die in keiner Lage besser werden',
      age: 'Die Schmerzen sind neu, und Sie sind über 50 oder unter 20 Jahre alt',
      bones: 'Osteoporose oder lange Einnahme von Kortison',
      slow: 'Schmerzen, die nach 4 bis 6 Wochen nicht besser geworden sind',
      sharpPain: 'Stechende, einschießende oder ins Bein ausstrahlende Schmerzen',
      dullPain: 'Dumpfe, ziehende Schmerzen oder Steifheit',
      acute: 'Weniger als 6 Wochen',
      subacute: '6 bis 12 Wochen',
      chronic: 'Mehr als 12 Wochen',
      recentInjury: 'Eine kürzliche leichte Zerrung oder Verletzung',
      surgery: 'Eine Operation, von der ich mich noch erhole',
      noCause: 'Kein klarer Auslöser',
      posture: 'Bestimmte Bewegungen oder Haltungen verstärken die Schmerzen',
      hardToMove: 'Jede Bewegung ist kaum auszuhalten',
      movingOk: 'Meist in Ordnung',
      ptPrescribed: 'Mir wurde ärztlich Physiotherapie empfohlen',
      ptNotEnough: 'Ich habe Physiotherapie probiert, aber sie hat nicht ganz geholfen',
      ptNeither: 'Weder noch',
      preferCalm: 'Eine ruhige Sitzung im Liegen, mit feinen Nadeln',
      preferActive: 'Aktive Übungen, auch für zu Hause',
      avoidNeedles: 'Ich möchte Nadeln lieber vermeiden',
      noPreference: 'Keine Vorliebe',
      pregnant: 'Ich bin schwanger',
      bleeding: 'Ich nehme Blutverdünner oder habe eine Blutgerinnungsstörung',
      pacemaker: 'Ich habe einen Herzschrittmacher',
      skin: 'Ich habe eine Hautinfektion am Rücken',
      needleFear: 'Bei Nadeln bekomme ich große Angst oder werde ohnmächtig',
    },
    result: {
      acupuncture: 'Beginnen Sie mit Akupunktur',
      pt: 'Beginnen Sie mit Physiotherapie',
      both: 'Beginnen Sie mit Akupunktur und Physiotherapie',
      either: 'Jede der beiden Behandlungen ist ein guter Anfang',
    },
    because: 'Weil Sie angegeben haben:',
    reasonable: 'Beides sind sinnvolle erste Schritte bei Rückenschmerzen.',
    yours: 'Das ergibt sich aus Ihren Antworten; die Entscheidung liegt bei Ihnen.',
    talk: 'Das Team von {clinic} kann das mit Ihnen besprechen.',
    talkAny: 'Die Praxis kann das mit Ihnen besprechen.',
    eitherWhy:
      'Nichts in Ihren Antworten spricht für eine Richtung, und beide sind Behandlungen der ersten Wahl. Wählen Sie, was Sie mehr anspricht; das andere können Sie später dazunehmen.',
    bookAcupuncture: 'Akupunktur-Termin buchen',
    bookPt: 'Physiotherapie-Termin buchen',
    notes: {
      surgeon: 'Nach einer Operation, bei neuen, stechenden oder ins Bein ausstrahlenden Schmerzen: Fragen Sie vor jeder Behandlung Ihre Chirurgin oder Ihren Chirurgen.',
      newPain: 'Die meisten neuen Rückenschmerzen werden innerhalb weniger Wochen deutlich besser, egal was Sie tun. Aktiv bleiben hilft.',
      needlesLater: 'Akupunktur bleibt eine Option, falls Sie es sich anders überlegen.',
      reassure: 'Das ist eine Vorsichtsmaßnahme: Die meisten Rückenschmerzen sind nicht gefährlich.',
    },
    short: {
      acupuncture: 'Bei neuen Schmerzen eine kurze Behandlung: oft 2 bis 4 Sitzungen.',
      pt: 'Bei neuen Schmerzen eine kurze Behandlung: einige Termine, um Übungen für zu Hause zu lernen.',
      both: 'Bei neuen Schmerzen je eine kurze Behandlung: 2 bis 4 Akupunktur-Sitzungen, einige Physiotherapie-Termine.',
    },
    plan: 'Ein typischer Plan',
    weeks: [
      'Woche 1–2: Akupunktur zweimal pro Woche, sanfte Physiotherapie',
      'Woche 3–5: Akupunktur einmal pro Woche, Übungen für Rumpf und Hüfte',
      'Ab Woche 6: Physiotherapie zum Kraftaufbau, Akupunktur nach Bedarf',
    ],
    tell: 'Bevor Sie beginnen:',
    cautions: {
      pregnant: 'Sagen Sie vor Akupunktur und Physiotherapie, dass Sie schwanger sind.',
      bleeding: 'Sagen Sie vor der Akupunktur Bescheid, wenn Sie Blutverdünner nehmen oder eine Blutgerinnungsstörung haben.',
      pacemaker: 'Haben Sie einen Herzschrittmacher, bitten Sie um Akupunktur ohne elektrische Stimulation.',
      skin: 'Keine Nadeln in infizierte Haut: Warten Sie, bis sie abgeheilt ist.',
      needleFear: 'Sagen Sie vor der Akupunktur, dass Nadeln Ihnen Angst machen: Sie können langsam vorgehen und jederzeit aufhören.',
    },
    advice: {
      emergency: 'Gehen Sie jetzt in die Notaufnahme',
      'emergency-or-urgent': 'Gehen Sie heute noch in die Notaufnahme oder eine Bereitschaftspraxis',
      urgent: 'Gehen Sie heute noch in eine Bereitschaftspraxis',
      'doctor-today': 'Rufen Sie heute Ihre Arztpraxis an',
      'doctor-first': 'Lassen Sie sich vor Beginn einer Behandlung ärztlich untersuchen',
    },
    wait: 'Bitte warten Sie nicht ab, ob es vorbeigeht.',
    call: 'Notruf {number}',
    worse: 'Wenn es plötzlich schlimmer wird, wählen Sie {number}.',
    print: 'Drucken',
    copy: 'Kopieren',
    copied: 'Kopiert',
    email: 'Per E-Mail an mich senden',
    subject: 'Rückenschmerzen: mein Ausgangspunkt',
  },
  book: {
    label: 'Termin buchen',
    online: 'Online buchen',
    phone: 'Anrufen: {number}',
    email: 'Schreiben Sie uns',
    newTab: '(öffnet in neuem Tab)',
  },
} satisfies Translation;
