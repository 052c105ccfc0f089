import { rows } from '../../compare/compare.strings.js';
import type { Translation } from '../translation.js';

/**
 * Vietnamese, for US clinics serving Vietnamese speakers. Formal "quý vị" throughout, as US
 * health materials in Vietnamese use it; the patient speaks of themself as "tôi". Everyday
 * words of US Vietnamese communities (đi tiểu, đi tiêu). US facts stay as facts (Medicare,
 * Hoa Kỳ). Numbers: "." groups thousands (10.000).
 *
 * Glossary (every element uses these):
 * - back pain: đau lưng; low back pain: đau thắt lưng
 * - sharp / shooting / dull / achy / stiff: nhói / buốt như điện giật / âm ỉ / nhức mỏi / cứng
 * - acupuncture: châm cứu; acupuncturist: chuyên viên châm cứu; needle: kim
 * - physical therapy: vật lý trị liệu; physical therapist: chuyên viên vật lý trị liệu
 * - exercise: tập luyện; session: buổi; course: liệu trình; guideline: hướng dẫn
 * - emergency department: phòng cấp cứu (hospital); urgent care: phòng khám khẩn cấp
 *   (same-day walk-in clinic) — two different levels, never merged
 * - evidence, low / moderate certainty: độ tin cậy thấp / trung bình
 * - blood thinners: thuốc chống đông máu; bleeding disorder: rối loạn đông máu;
 *   pacemaker: máy tạo nhịp tim; first choice: lựa chọn đầu tiên
 * - checklists ask "có điều nào sau đây", so `none` is "Không có điều nào"
 */
export default {
  common: {
    acupuncture: 'Châm cứu',
    pt: 'Vật lý trị liệu',
    both: 'Kết hợp cả hai',
    disclaimer: 'Thông tin chung, không phải chẩn đoán hay lời khuyên y tế.',
    sources: 'Nguồn',
    condition:
      'Đau lưng rất thường gặp và phần lớn sẽ đỡ trong vài tuần. Hãy đi khám bác sĩ trước nếu quý vị mới bị tê, yếu chân, khó đi tiểu hoặc đi tiêu, sốt, hoặc đau sau một chấn thương nặng.',
  },
  compare: {
    heading: 'Châm cứu hay vật lý trị liệu cho chứng đau lưng?',
    ask: 'Chưa chắc chắn? Đội ngũ {clinic} có thể giúp quý vị chọn.',
    about: 'Thông tin về',
    recommended: 'Đề xuất',
    provider: 'Do {clinic} cung cấp, nơi có cả hai phương pháp điều trị.',
    providerAny: 'Được cung cấp bởi một phòng khám có thể có các phương pháp này.',
    reviewed: 'Rà soát lần cuối: tháng {month}/{year}.',
    policy: 'Rà soát hằng năm, và sớm hơn khi các hướng dẫn được trích dẫn thay đổi.',
    cited: 'Nguồn: {list}',
    rows: rows([
      [
        'pain',
        'Giảm đau',
        'Có thể giảm đau trong ngắn hạn',
        'Tập luyện nhiều khả năng giúp giảm đau',
        'Bớt đau có thể giúp tập luyện dễ hơn',
        'Cả hai đều giúp một chút; chưa có nghiên cứu nào cho thấy cách nào nhanh hơn. Bằng chứng: độ tin cậy thấp với châm cứu, trung bình với tập luyện.',
      ],
      [
        'cause',
        'Tập trung vào',
        'Chính cơn đau',
        'Sức mạnh, tư thế và vận động',
        'Giảm đau và vận động',
        'Đau lưng hiếm khi chỉ có một nguyên nhân rõ ràng.',
      ],
      [
        'session',
        'Một buổi',
        'Kim nhỏ, 15–30 phút',
        'Tập luyện, trị liệu bằng tay, bài tập về nhà',
        'Hai loại buổi hẹn, một kế hoạch',
        'Trong các nghiên cứu, một liệu trình gồm khoảng 10 buổi trong 5–7 tuần.',
      ],
      [
        'stress',
        'Giảm căng thẳng',
        'Nhiều người thấy thư giãn',
        'Vận động có thể giúp tinh thần tốt hơn',
        'Nghỉ ngơi và vận động',
        'Dựa trên chia sẻ của bệnh nhân; ít được nghiên cứu.',
      ],
      [
        'recovery',
        'Phục hồi lâu dài',
        'Chủ yếu được nghiên cứu ngắn hạn',
        'Lợi ích kéo dài khi quý vị còn tập luyện',
        'Tập luyện lâu dài, kèm theo châm cứu',
        'Tập luyện có ích khi quý vị duy trì (độ tin cậy trung bình); châm cứu chủ yếu được nghiên cứu ngắn hạn (độ tin cậy thấp).',
      ],
      [
        'risks',
        'Tác dụng phụ',
        'Thường nhẹ: bầm, ê ẩm, mệt',
        'Đau mỏi cơ, mệt',
        'Các tác dụng nhẹ của mỗi cách',
        'Châm cứu: khoảng 1 trong 10 người có tác dụng phụ nhẹ, 1 trong 10.000 người có tác dụng phụ nghiêm trọng. Hãy cho biết nếu quý vị dùng thuốc chống đông máu, đang mang thai, có máy tạo nhịp tim hoặc bị nhiễm trùng da.',
      ],
      [
        'insurance',
        'Bảo hiểm',
        'Tùy chương trình; Medicare chi trả cho đau thắt lưng mạn tính',
        'Nhiều chương trình, kể cả Medicare',
        'Hỏi chương trình bảo hiểm về cả hai',
        'Medicare: với đau thắt lưng từ 12 tuần trở lên, không do phẫu thuật hay mang thai, chi trả 12 lần châm cứu trong 90 ngày, thêm 8 lần nếu có cải thiện, tối đa 20 lần mỗi năm.',
      ],
      [
        'evidence',
        'Bằng chứng cho thấy gì',
        'Lợi ích nhỏ, độ tin cậy thấp; các hướng dẫn khác nhau',
        'Tập luyện có ích, độ tin cậy trung bình',
        'Ít được nghiên cứu khi kết hợp; mỗi cách đều là lựa chọn đầu tiên trong hướng dẫn Hoa Kỳ',
        'Các hướng dẫn khác nhau: Hoa Kỳ (ACP) xếp châm cứu và tập luyện, mỗi cách, là lựa chọn đầu tiên; Anh (NICE) khuyên không dùng châm cứu.',
      ],
    ]),
  },
  quiz: {
    title: 'Châm cứu, vật lý trị liệu, hay cả hai?',
    intro: 'Vài câu hỏi nhanh để biết nên bắt đầu từ đâu.',
    meta: 'Khoảng 1 phút · Câu trả lời chỉ lưu trong trình duyệt của quý vị',
    start: 'Bắt đầu',
    back: 'Quay lại',
    next: 'Tiếp',
    restart: 'Làm lại từ đầu',
    progress: 'Câu hỏi {n} trên {total}',
    pick: 'Vui lòng chọn một câu trả lời.',
    none: 'Không có điều nào',
    questions: {
      signs: 'Trước hết, vì sự an toàn của quý vị: hiện quý vị có điều nào sau đây không?',
      checks: 'Và có điều nào sau đây đúng với quý vị không?',
      kind: 'Quý vị đau như thế nào?',
      duration: 'Quý vị bị đau bao lâu rồi?',
      cause: 'Cơn đau bắt đầu thế nào?',
      moving: 'Lúc này cử động thấy thế nào?',
      tried: 'Bác sĩ có đề nghị vật lý trị liệu, hay quý vị đã thử chưa?',
      prefer: 'Quý vị thích cách điều trị nào hơn?',
      health: 'Có điều nào sau đây đúng với quý vị không?',
    },
    answers: {
      bladder: 'Mới bị khó bắt đầu hoặc khó kiểm soát việc đi tiểu hay đi tiêu, hoặc không cảm thấy khi đi',
      numb: 'Mới bị tê vùng giữa hai đùi, hoặc quanh bộ phận sinh dục, mông hay hậu môn',
      weakness: 'Yếu chân ngày càng nặng hoặc yếu cả hai chân, hoặc bị vấp hay kéo lê bàn chân',
      crash: 'Đau bắt đầu sau một cú ngã nặng, tai nạn xe hoặc chấn thương lớn khác',
      fever: 'Sốt hoặc ớn lạnh kèm đau lưng, nhất là khi hệ miễn dịch yếu hoặc có tiêm chích ma túy',
      cancer: 'Ung thư, hiện tại hoặc trước đây',
      weight: 'Sụt cân mà không cố ý giảm',
      night: 'Đau liên tục về đêm, không tư thế nào đỡ',
      age: 'Cơn đau này mới xuất hiện, và quý vị trên 50 hoặc dưới 20 tuổi',
      bones: 'Loãng xương, hoặc dùng thuốc steroid lâu ngày',
      slow: 'Đau không đỡ sau 4 đến 6 tuần',
      sharpPain: 'Đau nhói, buốt như điện giật, hoặc lan xuống chân',
      dullPain: 'Đau âm ỉ, nhức mỏi, hoặc cứng',
      acute: 'Dưới 6 tuần',
      subacute: 'Từ 6 đến 12 tuần',
      chronic: 'Trên 12 tuần',
      recentInjury: 'Mới bị căng cơ hoặc chấn thương nhẹ',
      surgery: 'Tôi đang hồi phục sau phẫu thuật',
      noCause: 'Không rõ nguyên nhân',
      posture: 'Một số cử động hoặc tư thế làm đau hơn',
      hardToMove: 'Cử động nào cũng rất khó chịu đựng',
      movingOk: 'Nhìn chung không sao',
      ptPrescribed: 'Bác sĩ đã đề nghị vật lý trị liệu',
      ptNotEnough: 'Tôi đã thử vật lý trị liệu nhưng chưa đỡ hẳn',
      ptNeither: 'Cả hai đều không',
      preferCalm: 'Một buổi nằm yên thư giãn, với kim nhỏ',
      preferActive: 'Tập luyện tích cực, với động tác để tập ở nhà',
      avoidNeedles: 'Tôi muốn tránh kim',
      noPreference: 'Cách nào cũng được',
      pregnant: 'Tôi đang mang thai',
      bleeding: 'Tôi dùng thuốc chống đông máu hoặc bị rối loạn đông máu',
      pacemaker: 'Tôi có máy tạo nhịp tim',
      skin: 'Tôi bị nhiễm trùng da ở lưng',
      needleFear: 'Kim làm tôi rất lo sợ hoặc muốn ngất',
    },
    result: {
      acupuncture: 'Bắt đầu với châm cứu',
      pt: 'Bắt đầu với vật lý trị liệu',
      both: 'Bắt đầu với cả châm cứu và vật lý trị liệu',
      either: 'Cách nào cũng là khởi đầu tốt',
    },
    because: 'Vì quý vị cho biết:',
    reasonable: 'Cả hai đều là bước đầu hợp lý cho chứng đau lưng.',
    yours: 'Kết quả này dựa trên câu trả lời của quý vị; quyền chọn là của quý vị.',
    talk: 'Đội ngũ {clinic} có thể trao đổi thêm với quý vị.',
    talkAny: 'Phòng khám có thể trao đổi thêm với quý vị.',
    eitherWhy:
      'Câu trả lời của quý vị không nghiêng về bên nào, và cả hai đều là điều trị hàng đầu. Hãy chọn cách quý vị thích; sau này có thể thêm cách kia.',
    bookAcupuncture: 'Đặt hẹn châm cứu',
    bookPt: 'Đặt hẹn vật lý trị liệu',
    notes: {
      surgeon: 'Sau phẫu thuật, nếu đau mới xuất hiện, đau nhói hoặc lan xuống chân: hãy hỏi bác sĩ phẫu thuật trước khi bắt đầu bất kỳ điều trị nào.',
      newPain: 'Phần lớn các cơn đau lưng mới sẽ đỡ nhiều trong vài tuần, dù quý vị làm gì. Giữ vận động sẽ có ích.',
      needlesLater: 'Châm cứu vẫn là một lựa chọn nếu quý vị đổi ý.',
      reassure: 'Đây là biện pháp phòng ngừa: phần lớn đau lưng không nghiêm trọng.',
    },
    short: {
      acupuncture: 'Với cơn đau mới, một liệu trình ngắn: thường 2 đến 4 buổi.',
      pt: 'Với cơn đau mới, một liệu trình ngắn: vài buổi để học bài tập tại nhà.',
      both: 'Với cơn đau mới, liệu trình ngắn cho mỗi cách: 2 đến 4 buổi châm cứu, vài buổi vật lý trị liệu.',
    },
    plan: 'Một kế hoạch điển hình',
    weeks: [
      'Tuần 1–2: châm cứu 2 lần mỗi tuần, vật lý trị liệu nhẹ nhàng',
      'Tuần 3–5: châm cứu mỗi tuần một lần, bài tập cơ lõi và hông',
      'Từ tuần 6: vật lý trị liệu để tăng sức mạnh, châm cứu khi cần',
    ],
    tell: 'Trước khi bắt đầu:',
    cautions: {
      pregnant: 'Hãy báo cho chuyên viên châm cứu và chuyên viên vật lý trị liệu biết quý vị đang mang thai.',
      bleeding: 'Hãy báo cho chuyên viên châm cứu nếu quý vị dùng thuốc chống đông máu hoặc bị rối loạn đông máu.',
      pacemaker: 'Nếu có máy tạo nhịp tim, hãy yêu cầu châm cứu không dùng kích thích điện.',
      skin: 'Không châm kim vào vùng da bị nhiễm trùng: hãy đợi đến khi lành.',
      needleFear: 'Hãy cho chuyên viên châm cứu biết quý vị sợ kim: có thể làm từ từ và dừng bất cứ lúc nào.',
    },
    advice: {
      emergency: 'Hãy đến phòng cấp cứu ngay',
      'emergency-or-urgent': 'Hãy đến phòng cấp cứu hoặc phòng khám khẩn cấp trong hôm nay',
      urgent: 'Hãy đến phòng khám khẩn cấp trong hôm nay',
      'doctor-today': 'Hãy gọi bác sĩ của quý vị ngay hôm nay',
      'doctor-first': 'Hãy gặp bác sĩ trước khi bắt đầu điều trị',
    },
    wait: 'Xin đừng chờ xem có tự hết không.',
    call: 'Gọi {number}',
    worse: 'Nếu đột ngột nặng hơn, hãy gọi {number}.',
    print: 'In',
    copy: 'Sao chép',
    copied: 'Đã sao chép',
    email: 'Gửi email cho tôi',
    subject: 'Bước khởi đầu cho chứng đau lưng của tôi',
  },
  book: {
    label: 'Đặt hẹn ngay',
    online: 'Đặt hẹn trực tuyến',
    phone: 'Gọi {number}',
    email: 'Gửi email cho chúng tôi',
    newTab: '(mở trong thẻ mới)',
  },
} satisfies Translation;
