import { rows } from '../../compare/compare.strings.js';
import type { Translation } from '../translation.js';

/**
 * Korean, for US clinics serving Korean speakers. Polite 해요체 throughout (the friendly
 * 존댓말 of Korean patient materials); checklist items and table cells that are noun phrases
 * in English stay noun phrases (개조식), as Korean forms write them. US facts stay as facts
 * (메디케어 = Medicare; ACP, NICE).
 *
 * Glossary (every element uses these):
 * - back pain: 허리 통증 (also for "low back pain", which is what 허리 means)
 * - sharp / shooting / dull / achy / stiff: 찌르는 / 뻗치는 / 묵직한 / 쑤시는 / 뻣뻣함
 * - acupuncture: 침 치료 (chosen over 침술: the everyday word for the treatment);
 *   acupuncturist: 침술사 (the US licensed acupuncturist, L.Ac.); needle: 침
 * - physical therapy: 물리치료; physical therapist: 물리치료사; hands-on care: 도수치료
 * - emergency department: 응급실 (hospital); urgent care: 긴급 진료소 (same-day walk-in
 *   clinic) — two different levels, never merged
 * - evidence certainty low / moderate: 확실성 낮음 / 중간
 * - blood thinners: 항응고제; bleeding disorder: 출혈 장애; pacemaker: 심장 박동기
 * - numbness: 감각 저하 / 무감각; session: 회; first choice: 1차 선택
 */
export default {
  common: {
    acupuncture: '침 치료',
    pt: '물리치료',
    both: '두 가지 함께',
    disclaimer: '일반 정보이며, 진단이나 의학적 조언이 아니에요.',
    sources: '출처',
    condition:
      '허리 통증은 아주 흔하고, 대부분 몇 주 안에 나아져요. 새로 생긴 감각 저하, 다리 힘 빠짐, 소변·대변 문제, 발열, 큰 부상 후 통증이 있으면 먼저 의사의 진료를 받으세요.',
  },
  compare: {
    heading: '허리 통증에 침 치료일까요, 물리치료일까요?',
    ask: '잘 모르겠다면 {clinic}에서 선택을 도와드려요.',
    about: '설명:',
    recommended: '추천',
    provider: '두 치료를 모두 하는 {clinic}에서 제공해요.',
    providerAny: '이런 치료를 제공할 수 있는 클리닉에서 제공해요.',
    reviewed: '최근 검토: {year}년 {month}월.',
    policy: '매년 검토하며, 인용한 지침이 바뀌면 더 일찍 검토해요.',
    cited: '출처: {list}',
    rows: rows([
      [
        'pain',
        '통증 완화',
        '단기적으로 통증을 덜어 줄 수 있어요',
        '운동은 통증을 덜어 줄 가능성이 높아요',
        '통증이 줄면 운동이 쉬워질 수 있어요',
        '둘 다 조금 도움이 되지만, 어느 쪽이 더 빠른지 밝힌 연구는 없어요. 근거 확실성: 침 치료는 낮음, 운동은 중간.',
      ],
      [
        'cause',
        '치료의 초점',
        '통증 자체',
        '근력, 자세, 움직임',
        '통증 완화와 움직임',
        '허리 통증은 뚜렷한 원인 하나가 있는 경우가 드물어요.',
      ],
      [
        'session',
        '1회 치료',
        '가는 침, 15~30분',
        '운동, 도수치료, 집에서 할 과제',
        '두 가지 진료, 하나의 계획',
        '연구에서 한 치료 과정은 5~7주 동안 약 10회였어요.',
      ],
      [
        'stress',
        '스트레스 완화',
        '마음이 편안해진다는 분이 많아요',
        '활동은 기분을 좋게 할 수 있어요',
        '휴식과 활동',
        '환자들이 말하는 경험에 따른 것이며, 연구는 드물어요.',
      ],
      [
        'recovery',
        '장기적인 회복',
        '주로 단기 효과가 연구됐어요',
        '운동을 계속하는 동안 효과가 유지돼요',
        '장기적으로는 운동, 침 치료는 함께',
        '운동은 꾸준히 하는 동안 도움이 돼요(확실성 중간). 침 치료는 주로 단기 효과가 연구됐어요(확실성 낮음).',
      ],
      [
        'risks',
        '부작용',
        '대개 가벼워요: 멍, 뻐근함, 피로',
        '근육통, 피로',
        '각 치료의 가벼운 부작용',
        '침 치료: 약 10명 중 1명에게 가벼운 부작용이, 1만 명 중 1명에게 심각한 부작용이 생겨요. 항응고제 복용, 임신, 심장 박동기, 피부 감염이 있으면 알려 주세요.',
      ],
      [
        'insurance',
        '보험',
        '보험마다 달라요. 메디케어는 만성 허리 통증에 적용돼요',
        '메디케어 등 많은 보험에서 적용돼요',
        '두 가지 모두 가입한 보험에 확인하세요',
        '메디케어: 수술이나 임신 때문이 아닌 12주 이상의 허리 통증에 90일간 침 치료 12회, 나아지고 있으면 8회 추가, 1년에 최대 20회.',
      ],
      [
        'evidence',
        '연구 근거',
        '효과는 작고 확실성은 낮아요. 지침마다 달라요',
        '운동은 도움이 돼요(확실성 중간)',
        '함께 받는 효과는 연구가 적어요. 미국 지침에서는 각각 1차 선택이에요',
        '지침마다 달라요. 미국(ACP)은 침 치료와 운동을 각각 1차 선택으로 꼽고, 영국(NICE)은 침 치료를 권하지 않아요.',
      ],
    ]),
  },
  quiz: {
    title: '침 치료, 물리치료, 아니면 둘 다?',
    intro: '간단한 질문 몇 가지로 어디서 시작할지 알아봐요.',
    meta: '약 1분 · 답변은 브라우저에만 남아요',
    start: '시작',
    back: '이전',
    next: '다음',
    restart: '처음부터 다시',
    progress: '질문 {n}/{total}',
    pick: '답을 하나 골라 주세요.',
    none: '해당 사항 없음',
    questions: {
      signs: '먼저 안전을 위해 여쭤볼게요. 지금 다음 중 해당하는 것이 있나요?',
      checks: '다음 중 해당하는 것도 있나요?',
      kind: '통증이 어떤 느낌인가요?',
      duration: '통증이 생긴 지 얼마나 됐나요?',
      cause: '어떻게 시작됐나요?',
      moving: '지금 움직이면 어떤가요?',
      tried: '의사가 물리치료를 권했거나, 물리치료를 받아 보셨나요?',
      prefer: '어떤 치료가 더 마음에 드세요?',
      health: '다음 중 해당하는 것이 있나요?',
    },
    answers: {
      bladder: '소변·대변을 보기 시작하거나 조절하기가 새로 어려움, 또는 볼 때 느낌이 없음',
      numb: '다리 사이, 또는 생식기·엉덩이·항문 주위가 새로 무감각해짐',
      weakness: '점점 심해지거나 양쪽 다리에 생긴 다리 힘 빠짐, 또는 발이 걸려 넘어지거나 발을 끌게 됨',
      crash: '심한 낙상, 교통사고 등 큰 부상 후 시작된 통증',
      fever: '허리 통증과 함께 열이나 오한, 특히 면역력이 약하거나 마약을 주사하는 경우',
      cancer: '암(현재 또는 과거)',
      weight: '일부러 빼지 않았는데 체중이 줄어듦',
      night: '밤에 계속되고 어떤 자세로도 줄지 않는 통증',
      age: '새로 생긴 통증이고, 나이가 50세를 넘었거나 20세 미만',
      bones: '골다공증, 또는 스테로이드 약 장기 복용',
      slow: '4~6주가 지나도 나아지지 않는 통증',
      sharpPain: '찌르거나 뻗치는 통증, 또는 다리로 타고 내려가는 통증',
      dullPain: '묵직하거나 쑤시는 통증, 또는 뻣뻣함',
      acute: '6주 미만',
      subacute: '6~12주',
      chronic: '12주 초과',
      recentInjury: '최근 가볍게 삐끗하거나 다쳤어요',
      surgery: '수술 후 아직 회복 중이에요',
      noCause: '뚜렷한 원인이 없어요',
      posture: '특정 동작이나 자세에서 더 아파요',
      hardToMove: '어떤 움직임도 견디기 힘들어요',
      movingOk: '대체로 괜찮아요',
      ptPrescribed: '의사가 물리치료를 권했어요',
      ptNotEnough: '물리치료를 받아 봤지만 충분히 낫지 않았어요',
      ptNeither: '둘 다 아니에요',
      preferCalm: '가는 침으로, 가만히 누워 편안하게 받는 치료',
      preferActive: '집에서 연습할 동작을 배우는 적극적인 운동',
      avoidNeedles: '침은 피하고 싶어요',
      noPreference: '상관없어요',
      pregnant: '임신 중이에요',
      bleeding: '항응고제를 복용하거나 출혈 장애가 있어요',
      pacemaker: '심장 박동기가 있어요',
      skin: '등이나 허리 피부에 감염이 있어요',
      needleFear: '침 때문에 몹시 불안하거나 기절할 것 같아요',
    },
    result: {
      acupuncture: '침 치료부터 시작하세요',
      pt: '물리치료부터 시작하세요',
      both: '침 치료와 물리치료를 함께 시작하세요',
      either: '어느 쪽으로 시작해도 좋아요',
    },
    because: '이렇게 답하셨어요:',
    reasonable: '두 가지 모두 허리 통증에 적절한 첫 단계예요.',
    yours: '답변에 따른 결과이며, 선택은 본인의 몫이에요.',
    talk: '{clinic}에서 함께 상의해 드려요.',
    talkAny: '클리닉에서 함께 상의해 드려요.',
    eitherWhy:
      '답변이 어느 한쪽을 가리키지 않고, 두 가지 모두 1차 치료예요. 마음에 드는 쪽을 고르세요. 다른 하나는 나중에 더할 수 있어요.',
    bookAcupuncture: '침 치료 예약',
    bookPt: '물리치료 예약',
    notes: {
      surgeon: '수술 후 통증이 새로 생겼거나, 찌르듯 아프거나, 다리로 뻗친다면, 어떤 치료든 받기 전에 수술한 의사와 상의하세요.',
      newPain: '새로 생긴 허리 통증은 무엇을 하든 대부분 몇 주 안에 많이 좋아져요. 계속 움직이는 것이 도움이 돼요.',
      needlesLater: '마음이 바뀌면 침 치료도 언제든 선택할 수 있어요.',
      reassure: '예방 차원의 안내예요. 허리 통증은 대부분 심각하지 않아요.',
    },
    short: {
      acupuncture: '새로 생긴 통증에는 짧은 치료 과정: 보통 2~4회예요.',
      pt: '새로 생긴 통증에는 짧은 치료 과정: 몇 번 방문해 집에서 할 운동을 배워요.',
      both: '새로 생긴 통증에는 각각 짧게: 침 치료 2~4회, 물리치료 몇 번이에요.',
    },
    plan: '일반적인 계획',
    weeks: ['1~2주: 침 치료 주 2회, 가벼운 물리치료', '3~5주: 침 치료 주 1회, 코어·고관절 운동', '6주부터: 근력을 키우는 물리치료, 필요하면 침 치료'],
    tell: '시작하기 전에:',
    cautions: {
      pregnant: '침술사와 물리치료사에게 임신 중이라고 알려 주세요.',
      bleeding: '항응고제를 복용하거나 출혈 장애가 있으면 침술사에게 알려 주세요.',
      pacemaker: '심장 박동기가 있다면 전기 자극 없는 침 치료를 요청하세요.',
      skin: '감염된 피부에는 침을 놓지 않아요. 다 나을 때까지 기다리세요.',
      needleFear: '침이 불안하다면 침술사에게 말씀하세요. 천천히 진행하고 언제든 멈출 수 있어요.',
    },
    advice: {
      emergency: '지금 바로 응급실에 가세요',
      'emergency-or-urgent': '오늘 응급실이나 긴급 진료소에 가세요',
      urgent: '오늘 긴급 진료소에 가세요',
      'doctor-today': '오늘 담당 의사에게 전화하세요',
      'doctor-first': '치료를 시작하기 전에 담당 의사의 진료를 받으세요',
    },
    wait: '저절로 나아지는지 기다리지 마세요.',
    call: '{number}에 전화하기',
    worse: '갑자기 더 나빠지면 {number}에 전화하세요.',
    print: '인쇄',
    copy: '복사',
    copied: '복사했어요',
    email: '내 이메일로 보내기',
    subject: '내 허리 통증 치료 시작 안내',
  },
  book: {
    label: '지금 예약',
    online: '온라인 예약',
    phone: '전화 예약 {number}',
    email: '이메일 문의',
    newTab: '(새 탭에서 열림)',
  },
} satisfies Translation;
