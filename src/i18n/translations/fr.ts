import { rows } from '../../compare/compare.strings.js';
import type { Translation } from '../translation.js';

/**
 * French, a language add-on. Written for clinics in Canada and in Europe alike, formal "vous".
 * Physical therapy is "physiothérapie" (the word in Canada, Switzerland and for many in France),
 * with "kinésithérapie" beside it where readers in France and Belgium look for it (the name of
 * the care and the result heading); "physiothérapeute" for the therapist. Spacing as in France
 * and accepted in Canada: a no-break space (U+00A0) before ":", a narrow no-break space (U+202F)
 * before ";", "?", "!" and as the thousands separator ("1 sur 10 000").
 *
 * Glossary (every element uses these):
 * - back pain: mal de dos; low back pain: lombalgie
 * - sharp / shooting / dull / stiff: vive / fulgurante / sourde / raideur; numbness: engourdissement
 * - acupuncture: acupuncture; acupuncturist: acupuncteur
 * - physical therapy: physiothérapie (kinésithérapie); physical therapist: physiothérapeute
 * - exercise: exercice(s); session: séance; clinic: clinique; guidelines: recommandations
 * - emergency department: les urgences (d'un hôpital)
 * - urgent care: centre médical sans rendez-vous (a same-day walk-in clinic, not a hospital)
 * - evidence, low / moderate certainty: niveau de preuve faible / modéré
 * - blood thinners: anticoagulants; pacemaker: stimulateur cardiaque; steroids: corticoïdes (cortisone)
 * - "None of these": "Rien de tout cela" (neutral, so it fits every checklist)
 */
export default {
  common: {
    acupuncture: 'Acupuncture',
    pt: 'Physiothérapie (kinésithérapie)',
    both: 'Les deux ensemble',
    disclaimer: 'Informations générales, et non un diagnostic ni un avis médical.',
    sources: 'Sources',
    condition:
      'Le mal de dos est très fréquent et, le plus souvent, il s’améliore en quelques semaines. Consultez d’abord un médecin en cas d’engourdissement nouveau, de faiblesse dans les jambes, de troubles pour uriner ou aller à la selle, de fièvre ou de douleur après une blessure grave.',
  },
  compare: {
    heading: 'Acupuncture ou physiothérapie pour le mal de dos ?',
    ask: 'Vous hésitez ? L’équipe de {clinic} peut vous aider à choisir.',
    about: 'En savoir plus :',
    recommended: 'Recommandé',
    provider: 'Proposé par {clinic}, qui offre les deux traitements.',
    providerAny: 'Proposé par une clinique qui offre peut-être ces traitements.',
    reviewed: 'Dernière révision : {month}/{year}.',
    policy: 'Révisé chaque année, et plus tôt si les recommandations citées changent.',
    cited: 'Sources : {list}',
    rows: rows([
      [
        'pain',
        'Soulagement de la douleur',
        'Peut soulager la douleur à court terme',
        'L’exercice soulage probablement la douleur',
        'Moins de douleur peut faciliter l’exercice',
        'Les deux aident un peu ; aucune étude ne montre lequel agit plus vite. Niveau de preuve : faible pour l’acupuncture, modéré pour l’exercice.',
      ],
      [
        'cause',
        'Ce qui est ciblé',
        'La douleur elle-même',
        'Force, posture et mouvement',
        'Soulagement et mouvement',
        'Le mal de dos a rarement une seule cause claire.',
      ],
      [
        'session',
        'Une séance',
        'Fines aiguilles, 15 à 30 minutes',
        'Exercices, soins manuels, programme à la maison',
        'Deux types de séances, un seul plan',
        'Dans les études, un traitement comptait environ 10 séances sur 5 à 7 semaines.',
      ],
      [
        'stress',
        'Soulagement du stress',
        'Beaucoup la trouvent apaisante',
        'L’activité peut remonter le moral',
        'Repos et activité',
        'D’après ce que disent les patients ; rarement étudié.',
      ],
      [
        'recovery',
        'Récupération à long terme',
        'Surtout étudiée à court terme',
        'Les bienfaits durent tant que vous continuez les exercices',
        'L’exercice sur le long terme, l’acupuncture en complément',
        'L’exercice aide tant que vous le poursuivez (niveau de preuve modéré) ; l’acupuncture a surtout été étudiée à court terme (niveau de preuve faible).',
      ],
      [
        'risks',
        'Effets secondaires',
        'En général légers : bleus, sensibilité, fatigue',
        'Courbatures, fatigue',
        'Les effets légers de chacune',
        'Acupuncture : environ 1 personne sur 10 a un effet secondaire mineur, 1 sur 10 000 un effet grave. Signalez la prise d’anticoagulants, une grossesse, un stimulateur cardiaque ou une infection de la peau.',
      ],
      [
        'insurance',
        'Assurance',
        'Variable ; Medicare couvre la lombalgie chronique',
        'De nombreuses assurances, dont Medicare',
        'Vérifiez les deux auprès de votre assurance',
        'Medicare : pour une lombalgie de 12 semaines ou plus, non due à une chirurgie ni à une grossesse, 12 séances d’acupuncture en 90 jours, 8 de plus en cas d’amélioration, 20 par an au maximum.',
      ],
      [
        'evidence',
        'Ce que disent les études',
        'Petit bénéfice, niveau de preuve faible ; les recommandations divergent',
        'L’exercice aide, niveau de preuve modéré',
        'Peu étudiées ensemble ; chacune est un premier choix selon les recommandations américaines',
        'Les recommandations divergent : aux États-Unis (ACP), l’acupuncture et l’exercice sont chacun un premier choix ; au Royaume-Uni (NICE), l’acupuncture est déconseillée.',
      ],
    ]),
  },
  quiz: {
    title: 'Acupuncture, physiothérapie ou les deux ?',
    intro: 'Quelques questions rapides pour savoir par où commencer.',
    meta: 'Environ 1 minute · Vos réponses restent dans votre navigateur',
    start: 'Commencer',
    back: 'Retour',
    next: 'Suivant',
    restart: 'Recommencer',
    progress: 'Question {n} sur {total}',
    pick: 'Veuillez choisir une réponse.',
    none: 'Rien de tout cela',
    questions: {
      signs: 'D’abord, pour votre sécurité : avez-vous en ce moment l’un de ces signes ?',
      checks: 'Et l’un de ces points vous concerne-t-il ?',
      kind: 'Comment est votre douleur ?',
      duration: 'Depuis combien de temps l’avez-vous ?',
      cause: 'Comment a-t-elle commencé ?',
      moving: 'Que ressentez-vous quand vous bougez, en ce moment ?',
      tried: 'Un médecin vous a-t-il conseillé la physiothérapie, ou l’avez-vous déjà essayée ?',
      prefer: 'Quel type de soins vous attire le plus ?',
      health: 'L’un de ces points vous concerne-t-il ?',
    },
    answers: {
      bladder: 'Nouvelle difficulté à uriner, à aller à la selle ou à vous retenir, ou vous ne sentez plus quand vous y allez',
      numb: 'Nouvel engourdissement entre les jambes, ou autour des parties génitales, des fesses ou de l’anus',
      weakness: 'Faiblesse d’une jambe qui s’aggrave ou faiblesse des deux jambes, ou vous trébuchez ou traînez un pied',
      crash: 'Douleur apparue après une chute grave, un accident de voiture ou une autre blessure importante',
      fever: 'Fièvre ou frissons avec le mal de dos, surtout si vos défenses immunitaires sont faibles ou si vous vous injectez des drogues',
      cancer: 'Un cancer, actuel ou passé',
      weight: 'Vous perdez du poids sans le vouloir',
      night: 'Douleur constante la nuit, qu’aucune position ne soulage',
      age: 'Cette douleur est nouvelle, et vous avez plus de 50 ans ou moins de 20 ans',
      bones: 'Ostéoporose, ou corticoïdes (cortisone) pris depuis longtemps',
      slow: 'Une douleur qui ne s’est pas améliorée après 4 à 6 semaines',
      sharpPain: 'Douleur vive, fulgurante, ou qui descend dans une jambe',
      dullPain: 'Douleur sourde, diffuse, ou raideur',
      acute: 'Moins de 6 semaines',
      subacute: 'De 6 à 12 semaines',
      chronic: 'Plus de 12 semaines',
      recentInjury: 'Un faux mouvement ou une petite blessure récente',
      surgery: 'Une opération dont je me remets encore',
      noCause: 'Pas de cause claire',
      posture: 'Certains mouvements ou positions l’aggravent',
      hardToMove: 'Tout mouvement est difficile à supporter',
      movingOk: 'Plutôt bien',
      ptPrescribed: 'Un médecin m’a conseillé la physiothérapie',
      ptNotEnough: 'J’ai essayé la physiothérapie et cela n’a pas suffi',
      ptNeither: 'Ni l’un ni l’autre',
      preferCalm: 'Une séance calme, sans bouger, avec de fines aiguilles',
      preferActive: 'Des exercices actifs, avec des mouvements à refaire chez moi',
      avoidNeedles: 'Je préfère éviter les aiguilles',
      noPreference: 'Pas de préférence',
      pregnant: 'Je suis enceinte',
      bleeding: 'Je prends des anticoagulants ou j’ai un trouble de la coagulation',
      pacemaker: 'J’ai un stimulateur cardiaque',
      skin: 'J’ai une infection de la peau dans le dos',
      needleFear: 'Les aiguilles me causent une forte angoisse ou des malaises',
    },
    result: {
      acupuncture: 'Commencez par l’acupuncture',
      pt: 'Commencez par la physiothérapie (kinésithérapie)',
      both: 'Commencez par l’acupuncture et la physiothérapie',
      either: 'L’une ou l’autre est un bon point de départ',
    },
    because: 'Parce que vous avez répondu :',
    reasonable: 'Les deux sont des options raisonnables pour commencer à soigner le mal de dos.',
    yours: 'Ce résultat découle de vos réponses ; le choix vous appartient.',
    talk: 'L’équipe de {clinic} peut en parler avec vous.',
    talkAny: 'La clinique peut en parler avec vous.',
    eitherWhy:
      'Rien dans vos réponses ne penche d’un côté, et les deux sont des soins de premier choix. Choisissez celui qui vous attire ; vous pourrez ajouter l’autre plus tard.',
    bookAcupuncture: 'Rendez-vous en acupuncture',
    bookPt: 'Rendez-vous en physiothérapie',
    notes: {
      surgeon: 'Après une opération, une douleur nouvelle, vive ou qui descend dans une jambe : consultez votre chirurgien avant tout traitement.',
      newPain: 'La plupart des maux de dos récents s’améliorent beaucoup en quelques semaines, quoi que vous fassiez. Continuer à bouger aide.',
      needlesLater: 'L’acupuncture reste possible si vous changez d’avis.',
      reassure: 'C’est une précaution : la plupart des maux de dos ne sont pas graves.',
    },
    short: {
      acupuncture: 'Pour une douleur récente, un traitement court : souvent 2 à 4 séances.',
      pt: 'Pour une douleur récente, un traitement court : quelques séances pour apprendre des exercices à faire chez vous.',
      both: 'Pour une douleur récente, un traitement court de chaque : 2 à 4 séances d’acupuncture, quelques séances de physiothérapie.',
    },
    plan: 'Un programme type',
    weeks: [
      'Semaines 1 et 2 : acupuncture deux fois par semaine, physiothérapie douce',
      'Semaines 3 à 5 : acupuncture une fois par semaine, exercices du tronc et des hanches',
      'À partir de la semaine 6 : physiothérapie pour gagner en force, acupuncture au besoin',
    ],
    tell: 'Avant de commencer :',
    cautions: {
      pregnant: 'Dites à votre acupuncteur et à votre physiothérapeute que vous êtes enceinte.',
      bleeding: 'Signalez à votre acupuncteur la prise d’anticoagulants ou un trouble de la coagulation.',
      pacemaker: 'Avec un stimulateur cardiaque, demandez une acupuncture sans stimulation électrique.',
      skin: 'Pas d’aiguilles dans une peau infectée : attendez qu’elle soit guérie.',
      needleFear: 'Dites à votre acupuncteur que les aiguilles vous angoissent : vous pouvez y aller doucement et arrêter à tout moment.',
    },
    advice: {
      emergency: 'Allez aux urgences maintenant',
      'emergency-or-urgent': 'Allez aujourd’hui aux urgences ou dans un centre médical sans rendez-vous',
      urgent: 'Allez aujourd’hui dans un centre médical sans rendez-vous',
      'doctor-today': 'Appelez votre médecin aujourd’hui',
      'doctor-first': 'Consultez votre médecin avant de commencer un traitement',
    },
    wait: 'Surtout, n’attendez pas de voir si ça passe.',
    call: 'Appelez le {number}',
    worse: 'Si cela s’aggrave soudainement, appelez le {number}.',
    print: 'Imprimer',
    copy: 'Copier',
    copied: 'Copié',
    email: 'Me l’envoyer par courriel',
    subject: 'Mal de dos : mon point de départ',
  },
  book: {
    label: 'Prendre rendez-vous',
    online: 'Réserver en ligne',
    phone: 'Appeler le {number}',
    email: 'Nous écrire',
    newTab: '(s’ouvre dans un nouvel onglet)',
  },
} satisfies Translation;
