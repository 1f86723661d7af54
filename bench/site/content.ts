/**
 * Vietnamese newsroom prose for the reader's-site benchmark: titles, sapos and
 * Tiptap bodies (paragraphs, headings, the odd quote, `@` mentions of the
 * article's tags) of 400–800 words. Deterministic for a given PRNG.
 *
 * Most sentences speak of defence, diplomacy and the border, so "Việt Nam" and
 * "quốc phòng" are in nearly every article: the words that make full-text
 * search slow are as common here as on a real site about these subjects.
 */
import type { RichTextNode } from "@/lib/richtext/validate";

/** What a generated article may name: its tags, as they are stored. */
export interface ContentEntity {
  id: string;
  type: "person" | "place" | "organization" | "event" | "series";
  slug: string;
  name: string;
  /** A person's title ("Bộ trưởng Bộ Quốc phòng"). */
  title?: string;
}

export interface ArticleCast {
  people: ContentEntity[];
  places: ContentEntity[];
  organizations: ContentEntity[];
  events: ContentEntity[];
}

export interface GeneratedArticle {
  title: string;
  sapo: string;
  body: RichTextNode;
  words: number;
}

type Random = () => number;

const COUNTRIES = ["Trung Quốc", "Lào", "Campuchia", "Nhật Bản", "Hàn Quốc", "Ấn Độ", "Australia", "Liên bang Nga", "Hoa Kỳ", "Pháp", "Indonesia", "Singapore"];

/**
 * {P} a person (with {T}, their title), {L} a place, {O} an organization,
 * {E} an event, {C} a country, {N} a number, {Y} a year, {Y2} the next one.
 */
const SENTENCES = [
  "Hai bên nhất trí tiếp tục tăng cường hợp tác quốc phòng, góp phần xây dựng đường biên giới hòa bình, hữu nghị, hợp tác và phát triển.",
  "Theo {O}, trong năm {Y} các đơn vị đã tổ chức {N} đợt tuần tra song phương trên tuyến biên giới.",
  "{P}, {T}, khẳng định Việt Nam luôn coi trọng quan hệ hữu nghị truyền thống với các nước láng giềng.",
  "Tại buổi làm việc, {P} đánh giá cao kết quả hợp tác quốc phòng giữa hai nước thời gian qua.",
  "Chính sách quốc phòng của Việt Nam là hòa bình và tự vệ, không tham gia liên minh quân sự, không dựa vào nước này để chống nước kia.",
  "Lãnh đạo {L} cho biết địa phương đã chuẩn bị chu đáo cơ sở vật chất, bảo đảm an ninh, an toàn cho các hoạt động.",
  "Đoàn đại biểu đã dâng hương tưởng niệm các anh hùng liệt sĩ tại {L}.",
  "Các đại biểu cùng trồng cây hữu nghị, thăm hỏi và tặng quà cho người dân khu vực biên giới.",
  "Kim ngạch thương mại qua các cửa khẩu của {L} trong {N} tháng đầu năm đạt hơn {N} triệu USD, tăng mạnh so với cùng kỳ.",
  "Phát biểu tại hội nghị, {P} nhấn mạnh nhiệm vụ xây dựng nền quốc phòng toàn dân vững mạnh, gắn với thế trận an ninh nhân dân.",
  "Bộ đội Biên phòng {L} đã phối hợp với lực lượng chức năng nước bạn giải quyết kịp thời các vụ việc phát sinh.",
  "Theo kế hoạch, {E} diễn ra trong hai ngày với nhiều hoạt động giao lưu văn hóa, thể thao.",
  "Việt Nam sẵn sàng chia sẻ kinh nghiệm trong lĩnh vực gìn giữ hòa bình của Liên Hợp Quốc và khắc phục hậu quả chiến tranh.",
  "{O} đề nghị các cơ quan liên quan tiếp tục rà soát, hoàn thiện các văn bản pháp lý về hợp tác quốc phòng.",
  "Người dân các xã biên giới phấn khởi khi con đường liên thôn được bê tông hóa, giúp việc đi lại, giao thương thuận lợi hơn.",
  "Trong chương trình, hai bên ký biên bản ghi nhớ về hợp tác đào tạo, trao đổi đoàn và chia sẻ thông tin.",
  "Công tác cải cách hành chính tại {L} được đẩy mạnh, thời gian thông quan hàng hóa rút ngắn đáng kể.",
  "Năm {Y}, ngành du lịch {L} đón hơn {N} nghìn lượt khách, trong đó có nhiều khách quốc tế.",
  "Các chuyên gia cho rằng hợp tác kinh tế giữa Việt Nam và {C} còn nhiều dư địa để phát triển.",
  "{P} đề nghị hai bên tiếp tục phối hợp chặt chẽ, quản lý tốt đường biên giới, giữ gìn hòa bình, ổn định.",
  "Sự kiện là dịp để quân đội hai nước tăng cường hiểu biết, tin cậy lẫn nhau.",
  "Hội nghị đã thông qua kế hoạch phối hợp giai đoạn {Y}–{Y2}, tập trung vào phòng, chống tội phạm xuyên biên giới.",
  "Thay mặt đoàn công tác, {P} cảm ơn sự đón tiếp trọng thị, chu đáo của chính quyền và nhân dân {L}.",
  "Công tác đối ngoại quốc phòng tiếp tục được triển khai đồng bộ, linh hoạt và hiệu quả.",
  "Lực lượng vũ trang {L} duy trì nghiêm chế độ trực sẵn sàng chiến đấu, nắm chắc tình hình địa bàn.",
  "Nhiều mô hình sinh kế mới đã giúp đồng bào dân tộc thiểu số vùng biên nâng cao thu nhập.",
  "Theo số liệu của {O}, tỷ lệ hộ nghèo ở các xã biên giới đã giảm còn {N}%.",
  "Chương trình giao lưu văn nghệ đặc sắc có sự tham gia của các đội văn nghệ quần chúng hai bên biên giới.",
  "{P} cho biết thời gian tới {O} sẽ tập trung triển khai các dự án hạ tầng trọng điểm.",
  "Hợp tác quốc phòng là một trong những trụ cột quan trọng của quan hệ giữa Việt Nam và {C}.",
  "Các bên thống nhất sẽ tổ chức hoạt động tiếp theo tại {L} vào năm {Y2}.",
  "Việt Nam và Trung Quốc có chung đường biên giới đất liền dài hơn 1.400 km.",
  "Ngay sau lễ đón, hai đoàn đã tiến hành hội đàm trong không khí thân mật, thẳng thắn.",
  "{P} thông báo tình hình kinh tế – xã hội, quốc phòng, an ninh của địa phương.",
  "Dịp này, {O} trao tặng nhà tình nghĩa cho các gia đình chính sách trên địa bàn {L}.",
  "Hoạt động khám bệnh, cấp thuốc miễn phí đã thu hút đông đảo người dân tham gia.",
  "Giá nông sản xuất khẩu qua cửa khẩu tăng mạnh, đặc biệt là thanh long, sầu riêng và vải thiều.",
  "Đây là lần thứ {N} hoạt động này được tổ chức, kể từ khi cơ chế giao lưu được thiết lập.",
  "Lãnh đạo {O} yêu cầu các đơn vị tiếp tục quán triệt, thực hiện nghiêm các nghị quyết về quốc phòng, an ninh.",
  "Theo đánh giá, công tác phối hợp giữa các lực lượng ngày càng chặt chẽ, hiệu quả.",
  "Bên lề {E}, các đoàn đã tham quan mô hình kinh tế hộ gia đình và trường học vùng cao.",
  "Báo cáo tại buổi làm việc nêu rõ những khó khăn về nguồn lực, hạ tầng và nhân lực chất lượng cao.",
  "Mùa mưa lũ năm nay, lực lượng tại chỗ đã giúp dân di dời {N} hộ ra khỏi vùng nguy hiểm.",
  "Đại diện {O} chia sẻ kinh nghiệm xây dựng khu vực phòng thủ vững chắc.",
  "{P} mong muốn thế hệ trẻ hai nước tiếp tục vun đắp tình hữu nghị mà các thế hệ đi trước đã dày công xây dựng.",
];

const QUOTES = [
  "Biên giới hòa bình, hữu nghị là tài sản quý báu của nhân dân hai nước, cần được gìn giữ bằng mọi nỗ lực.",
  "Chúng tôi coi hợp tác quốc phòng là nền tảng để xây dựng lòng tin chiến lược lâu dài.",
  "Mỗi cột mốc là một điểm tựa của sự bình yên nơi phên dậu của Tổ quốc.",
  "Người dân vùng biên chính là những cột mốc sống, là tai mắt của bộ đội biên phòng.",
];

const HEADINGS = [
  "Tăng cường tin cậy chiến lược",
  "Kết quả nổi bật",
  "Nhiều hoạt động ý nghĩa",
  "Hợp tác kinh tế vùng biên",
  "Hướng tới tương lai",
  "Đời sống người dân vùng biên",
  "Những con số ấn tượng",
  "Phối hợp chặt chẽ, hiệu quả",
  "Giữ vững chủ quyền biên giới",
  "Dấu ấn giao lưu",
];

const TITLES = [
  "{P} tiếp đoàn đại biểu {O}",
  "{P} làm việc tại {L}",
  "Tăng cường hợp tác quốc phòng giữa Việt Nam và {C}",
  "{E}: nhiều hoạt động giao lưu ý nghĩa",
  "{L} đẩy mạnh phát triển kinh tế vùng biên",
  "Kim ngạch xuất nhập khẩu qua {L} tăng mạnh",
  "Bộ đội Biên phòng {L} giúp dân phát triển sinh kế",
  "Hội nghị tổng kết công tác quốc phòng năm {Y} tại {L}",
  "{O} ký kết hợp tác về đào tạo và chia sẻ thông tin",
  "Giao lưu văn hóa, thể thao chào mừng {E}",
  "{P}: Việt Nam luôn coi trọng quan hệ hữu nghị với {C}",
  "Người dân {L} đón Tết an toàn, ấm áp",
  "Khai mạc {E}",
  "{P} thăm và làm việc với {O}",
  "Chủ động phòng, chống thiên tai tại các xã biên giới {L}",
  "Đối thoại chính sách quốc phòng Việt Nam – {C} lần thứ {N}",
];

const SAPOS = [
  "Ngày {D}, tại {L}, {P}, {T}, đã chủ trì buổi làm việc với {O} về kết quả hợp tác thời gian qua và phương hướng nhiệm vụ thời gian tới.",
  "Trong khuôn khổ {E}, {P} cùng đoàn công tác đã có nhiều hoạt động ý nghĩa tại {L}, góp phần tăng cường tin cậy giữa Việt Nam và các nước láng giềng.",
  "Sáng {D}, {O} tổ chức hội nghị đánh giá công tác quốc phòng, an ninh năm {Y} và triển khai nhiệm vụ năm {Y2}.",
  "Với nhiều cách làm sáng tạo, {L} đang trở thành điểm sáng về phát triển kinh tế – xã hội gắn với bảo đảm quốc phòng, an ninh vùng biên.",
];

const SOURCES = ["TTXVN", "Báo Quân đội nhân dân", "Báo Biên phòng", "VOV", "", "", ""];

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Splits text around `{P}`-style slots and fills them: entity slots become segments that may turn into mentions. */
type Segment = string | ContentEntity;

function fill(template: string, cast: ArticleCast, random: Random, year: number, date: string): Segment[] {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const person = cast.people.length ? pick(cast.people) : undefined;
  const out: Segment[] = [];
  for (const part of template.split(/(\{[A-Z][A-Z0-9]?\})/)) {
    switch (part) {
      case "{P}":
        out.push(person ?? "Thượng tướng Hoàng Xuân Chiến");
        break;
      case "{T}":
        out.push(person?.title || "Thứ trưởng Bộ Quốc phòng");
        break;
      case "{L}":
        out.push(cast.places.length ? pick(cast.places) : "Lào Cai");
        break;
      case "{O}":
        out.push(cast.organizations.length ? pick(cast.organizations) : "Bộ Tư lệnh Bộ đội Biên phòng");
        break;
      case "{E}":
        out.push(cast.events.length ? pick(cast.events) : "Giao lưu hữu nghị quốc phòng biên giới Việt Nam – Trung Quốc");
        break;
      case "{C}":
        out.push(pick(COUNTRIES));
        break;
      case "{N}":
        out.push(String(2 + Math.floor(random() * 60)));
        break;
      case "{Y}":
        out.push(String(year));
        break;
      case "{Y2}":
        out.push(String(year + 1));
        break;
      case "{D}":
        out.push(date);
        break;
      default:
        if (part) out.push(part);
    }
  }
  return out;
}

const plain = (segments: Segment[]) => segments.map((segment) => (typeof segment === "string" ? segment : segment.name)).join("");

/** Inline content: text runs, with each tag's first appearance in the body as an `@` mention. */
function inline(segments: Segment[], mentioned: Set<string>): RichTextNode[] {
  const nodes: RichTextNode[] = [];
  let text = "";
  for (const segment of segments) {
    if (typeof segment !== "string" && !mentioned.has(segment.id)) {
      mentioned.add(segment.id);
      if (text) nodes.push({ type: "text", text });
      text = "";
      nodes.push({ type: "mention", attrs: { id: segment.id, type: segment.type, label: segment.name, slug: segment.slug } });
    } else {
      text += typeof segment === "string" ? segment : segment.name;
    }
  }
  if (text) nodes.push({ type: "text", text });
  return nodes;
}

export function generateArticle(cast: ArticleCast, publishedAt: Date, random: Random): GeneratedArticle {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const year = publishedAt.getUTCFullYear();
  const date = `${publishedAt.getUTCDate()}/${publishedAt.getUTCMonth() + 1}`;
  const title = plain(fill(pick(TITLES), cast, random, year, date));
  const sapo = plain(fill(pick(SAPOS), cast, random, year, date));
  const target = 400 + Math.floor(random() * 401);
  const content: RichTextNode[] = [];
  const mentioned = new Set<string>();
  const headings = [...HEADINGS].sort(() => random() - 0.5);
  let words = 0;
  let paragraphs = 0;
  while (words < target) {
    if (paragraphs > 0 && paragraphs % 4 === 0 && headings.length) {
      const heading = headings.pop()!;
      content.push({ type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: heading }] });
      words += countWords(heading);
    }
    if (paragraphs === 5 && random() < 0.3) {
      const quote = pick(QUOTES);
      content.push({ type: "blockquote", content: [{ type: "paragraph", content: [{ type: "text", text: quote }] }] });
      words += countWords(quote);
    }
    const segments: Segment[] = [];
    const sentences = 2 + Math.floor(random() * 4);
    for (let s = 0; s < sentences && words < target; s++) {
      const sentence = fill(pick(SENTENCES), cast, random, year, date);
      if (segments.length) segments.push(" ");
      segments.push(...sentence);
      words += countWords(plain(sentence));
    }
    content.push({ type: "paragraph", content: inline(segments, mentioned) });
    paragraphs += 1;
  }
  return { title, sapo, body: { type: "doc", content }, words };
}

export function pickSource(random: Random) {
  return SOURCES[Math.floor(random() * SOURCES.length)]!;
}
