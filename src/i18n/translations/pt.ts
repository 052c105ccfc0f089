import { rows } from '../../compare/compare.strings.js';
import type { Translation } from '../translation.js';

/**
 * Portuguese for Brazil (pt-BR). Patient register of Brazilian health materials: "você"
 * throughout, imperatives in the usual Brazilian form ("Vá", "Ligue", "Procure"), no gendered
 * words about the reader where avoidable. US facts (Medicare, US guidelines) stay as facts.
 *
 * Glossary (every element uses these):
 * - back pain: dor nas costas; low back pain: dor lombar
 * - sharp / shooting / dull / achy / stiff: aguda / em fisgadas / surda / incômoda / com rigidez;
 *   runs down a leg: desce pela perna
 * - acupuncture: acupuntura; acupuncturist: acupunturista
 * - physical therapy: fisioterapia; physical therapist: fisioterapeuta
 * - exercise: exercício; session / visit: sessão; course: tratamento; guideline: diretriz
 * - emergency department: pronto-socorro (hospital); urgent care: pronto atendimento
 *   (same-day walk-in clinic, in Brazil like a UPA) — two different levels, never merged
 * - evidence, low / moderate certainty: evidências de baixa certeza / de certeza moderada
 * - blood thinners: anticoagulante; bleeding disorder: problema de coagulação; pacemaker: marca-passo
 * - minor strain: mau jeito; steroid medicines: corticoides; insurance: plano de saúde
 * - checklists ask "alguma destas situações", so `none` is "Nenhuma destas"
 */
export default {
  common: {
    acupuncture: 'Acupuntura',
    pt: 'Fisioterapia',
    both: 'As duas juntas',
    disclaimer: 'Informação geral, não é diagnóstico nem orientação médica.',
    sources: 'Fontes',
    condition:
      'A dor nas costas é muito comum e, na maioria das vezes, melhora em algumas semanas. Procure primeiro um médico se tiver dormência nova, fraqueza nas pernas, problemas para urinar ou evacuar, febre ou dor depois de uma lesão grave.',
  },
  compare: {
    heading: 'Acupuntura ou fisioterapia para dor nas costas?',
    ask: 'Em dúvida? A equipe de {clinic} pode ajudar você a escolher.',
    about: 'Sobre',
    recommended: 'Recomendada',
    provider: 'Fornecido por {clinic}, que oferece os dois tratamentos.',
    providerAny: 'Fornecido por uma clínica que pode oferecer estes tratamentos.',
    reviewed: 'Última revisão: {month}/{year}.',
    policy: 'Revisado todo ano, e antes se as diretrizes citadas mudarem.',
    cited: 'Fontes: {list}',
    rows: rows([
      [
        'pain',
        'Alívio da dor',
        'Pode aliviar a dor a curto prazo',
        'O exercício provavelmente alivia a dor',
        'Com menos dor, o exercício pode ficar mais fácil',
        'As duas ajudam um pouco; nenhum estudo mostra qual age mais rápido. Evidências: baixa certeza para a acupuntura, certeza moderada para o exercício.',
      ],
      [
        'cause',
        'Qual é o foco',
        'A própria dor',
        'Força, postura e movimento',
        'Alívio da dor e movimento',
        'A dor nas costas raramente tem uma única causa clara.',
      ],
      [
        'session',
        'Uma sessão',
        'Agulhas finas, de 15 a 30 minutos',
        'Exercícios, terapia manual, tarefas para casa',
        'Dois tipos de sessão, um só plano',
        'Nos estudos, um tratamento teve cerca de 10 sessões ao longo de 5 a 7 semanas.',
      ],
      [
        'stress',
        'Alívio do estresse',
        'Muitas pessoas acham relaxante',
        'A atividade pode melhorar o humor',
        'Descanso e atividade',
        'Com base no que os pacientes relatam; raramente estudado.',
      ],
      [
        'recovery',
        'Recuperação a longo prazo',
        'Estudada principalmente a curto prazo',
        'Os benefícios duram enquanto você continuar se exercitando',
        'Exercício a longo prazo, com a acupuntura junto',
        'O exercício ajuda enquanto você o mantiver (certeza moderada); a acupuntura foi estudada principalmente a curto prazo (baixa certeza).',
      ],
      [
        'risks',
        'Efeitos colaterais',
        'Em geral leves: manchas roxas, dor no local, cansaço',
        'Dor muscular, cansaço',
        'Os efeitos leves de cada uma',
        'Acupuntura: cerca de 1 em cada 10 pessoas tem um efeito colateral leve, e 1 em cada 10.000, um grave. Avise se você usa anticoagulante, está grávida, tem marca-passo ou uma infecção de pele.',
      ],
      [
        'insurance',
        'Plano de saúde',
        'Varia; o Medicare cobre dor lombar crônica',
        'Muitos planos, inclusive o Medicare',
        'Confirme as duas com o seu plano',
        'Medicare: para dor lombar de 12 semanas ou mais que não venha de cirurgia nem de gravidez, 12 sessões de acupuntura em 90 dias, mais 8 se houver melhora, no máximo 20 por ano.',
      ],
      [
        'evidence',
        'O que dizem as evidências',
        'Benefício pequeno, baixa certeza; as diretrizes divergem',
        'O exercício ajuda, certeza moderada',
        'Pouco estudadas juntas; cada uma é primeira opção nas diretrizes dos EUA',
        'As diretrizes divergem: a dos EUA (ACP) indica a acupuntura e o exercício, cada um, como primeira opção; a do Reino Unido (NICE) desaconselha a acupuntura.',
      ],
    ]),
  },
  quiz: {
    title: 'Acupuntura, fisioterapia ou as duas?',
    intro: 'Algumas perguntas rápidas para ver por onde começar.',
    meta: 'Cerca de 1 minuto · Suas respostas ficam no seu navegador',
    start: 'Começar',
    back: 'Voltar',
    next: 'Avançar',
    restart: 'Recomeçar',
    progress: 'Pergunta {n} de {total}',
    pick: 'Por favor, escolha uma resposta.',
    none: 'Nenhuma destas',
    questions: {
      signs: 'Primeiro, pela sua segurança: alguma destas situações acontece com você agora?',
      checks: 'E alguma destas situações se aplica a você?',
      kind: 'Como é a sua dor?',
      duration: 'Há quanto tempo você sente essa dor?',
      cause: 'Como ela começou?',
      moving: 'Como é se movimentar agora?',
      tried: 'Algum médico indicou fisioterapia, ou você já fez?',
      prefer: 'Que tipo de tratamento agrada mais a você?',
      health: 'Alguma destas situações vale para você?',
    },
    answers: {
      bladder: 'Dificuldade nova para começar a urinar ou para segurar a urina ou as fezes, ou não sentir quando vai ao banheiro',
      numb: 'Dormência nova entre as pernas, ou em volta dos genitais, das nádegas ou do ânus',
      weakness: 'Fraqueza na perna que está piorando ou que afeta as duas pernas, ou tropeçar ou arrastar um pé',
      crash: 'Dor que começou com uma queda grave, um acidente de carro ou outra lesão séria',
      fever: 'Febre ou calafrios junto com a dor nas costas, principalmente se você tem a imunidade baixa ou usa drogas injetáveis',
      cancer: 'Câncer, agora ou no passado',
      weight: 'Perda de peso sem estar tentando emagrecer',
      night: 'Dor constante à noite, que não alivia em nenhuma posição',
      age: 'Esta dor é nova, e você tem mais de 50 ou menos de 20 anos',
      bones: 'Osteoporose, ou uso de corticoides por muito tempo',
      slow: 'Dor que não melhorou depois de 4 a 6 semanas',
      sharpPain: 'Aguda, em fisgadas ou que desce pela perna',
      dullPain: 'Surda, incômoda ou com rigidez',
      acute: 'Menos de 6 semanas',
      subacute: 'De 6 a 12 semanas',
      chronic: 'Mais de 12 semanas',
      recentInjury: 'Um mau jeito ou uma lesão leve recente',
      surgery: 'Uma cirurgia da qual ainda estou me recuperando',
      noCause: 'Sem causa clara',
      posture: 'Alguns movimentos ou posições pioram a dor',
      hardToMove: 'Qualquer movimento é difícil de aguentar',
      movingOk: 'Em geral, tudo bem',
      ptPrescribed: 'Um médico indicou fisioterapia',
      ptNotEnough: 'Já fiz fisioterapia e não ajudou por completo',
      ptNeither: 'Nenhum dos dois',
      preferCalm: 'Uma sessão tranquila, em repouso, com agulhas finas',
      preferActive: 'Exercícios ativos, com movimentos para praticar em casa',
      avoidNeedles: 'Prefiro evitar agulhas',
      noPreference: 'Não tenho preferência',
      pregnant: 'Estou grávida',
      bleeding: 'Tomo anticoagulante ou tenho problema de coagulação',
      pacemaker: 'Tenho marca-passo',
      skin: 'Tenho uma infecção de pele nas costas',
      needleFear: 'Agulhas me dão muita ansiedade ou sensação de desmaio',
    },
    result: {
      acupuncture: 'Comece pela acupuntura',
      pt: 'Comece pela fisioterapia',
      both: 'Comece com acupuntura e fisioterapia juntas',
      either: 'Qualquer uma das duas é um bom começo',
    },
    because: 'Porque você disse:',
    reasonable: 'As duas são primeiros passos razoáveis para dor nas costas.',
    yours: 'Isso vem das suas respostas; a escolha é sua.',
    talk: 'A equipe de {clinic} pode conversar sobre isso com você.',
    talkAny: 'A clínica pode conversar sobre isso com você.',
    eitherWhy:
      'Nada do que você contou aponta para um lado, e as duas são tratamentos de primeira linha. Escolha a que mais agrada a você; depois, pode acrescentar a outra.',
    bookAcupuncture: 'Agendar acupuntura',
    bookPt: 'Agendar fisioterapia',
    notes: {
      surgeon: 'Depois de uma cirurgia, dor nova, aguda ou que desce pela perna: fale com o seu cirurgião antes de qualquer tratamento.',
      newPain: 'A maioria das dores nas costas recentes melhora muito em poucas semanas, faça você o que fizer. Continuar se movimentando ajuda.',
      needlesLater: 'A acupuntura continua sendo uma opção se você mudar de ideia.',
      reassure: 'É uma precaução: a maioria das dores nas costas não é grave.',
    },
    short: {
      acupuncture: 'Para dor recente, um tratamento curto: muitas vezes de 2 a 4 sessões.',
      pt: 'Para dor recente, um tratamento curto: algumas sessões para aprender exercícios para fazer em casa.',
      both: 'Para dor recente, um tratamento curto de cada: de 2 a 4 sessões de acupuntura e algumas de fisioterapia.',
    },
    plan: 'Um plano típico',
    weeks: [
      'Semanas 1–2: acupuntura duas vezes por semana, fisioterapia leve',
      'Semanas 3–5: acupuntura uma vez por semana, exercícios para o tronco e o quadril',
      'A partir da semana 6: fisioterapia para ganhar força, acupuntura se necessário',
    ],
    tell: 'Antes de começar:',
    cautions: {
      pregnant: 'Avise o acupunturista e o fisioterapeuta que você está grávida.',
      bleeding: 'Avise o acupunturista se você toma anticoagulante ou tem problema de coagulação.',
      pacemaker: 'Com marca-passo, peça acupuntura sem estimulação elétrica.',
      skin: 'Nada de agulhas em pele infeccionada: espere até sarar.',
      needleFear: 'Conte ao acupunturista sobre a sua ansiedade com agulhas: é possível ir devagar e parar a qualquer momento.',
    },
    advice: {
      emergency: 'Vá agora a um pronto-socorro',
      'emergency-or-urgent': 'Vá hoje a um pronto-socorro ou a um pronto atendimento',
      urgent: 'Vá hoje a um pronto atendimento',
      'doctor-today': 'Ligue hoje para o seu médico',
      'doctor-first': 'Consulte o seu médico antes de começar um tratamento',
    },
    wait: 'Por favor, não espere para ver se passa.',
    call: 'Ligar para o {number}',
    worse: 'Se piorar de repente, ligue para o {number}.',
    print: 'Imprimir',
    copy: 'Copiar',
    copied: 'Copiado',
    email: 'Enviar para o meu e-mail',
    subject: 'Meu ponto de partida para a dor nas costas',
  },
  book: {
    label: 'Agendar agora',
    online: 'Agendar on-line',
    phone: 'Ligar para {number}',
    email: 'Enviar um e-mail',
    newTab: '(abre em uma nova aba)',
  },
} satisfies Translation;
