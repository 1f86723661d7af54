import { getTranslations } from "next-intl/server";

export interface ShareTarget {
  /** The article's absolute public URL. */
  url: string;
  title: string;
  /** A line of context for e-mail (the sapo). */
  summary?: string;
}

export type ShareNetwork = "facebook" | "x" | "zalo" | "linkedin";

/** Each network's own share page, filled in with the article: plain links, nothing of theirs runs on our page. */
export function shareLinks({ url, title, summary }: ShareTarget): Record<ShareNetwork | "email", string> {
  const u = encodeURIComponent(url);
  // Zalo's web share page (no Official Account needed) takes the URL as base64 JSON.
  const zalo = encodeURIComponent(Buffer.from(JSON.stringify({ url }), "utf8").toString("base64"));
  const body = [summary, url].filter(Boolean).join("\n\n");
  return {
    facebook: `https://www.facebook.com/sharer/sharer.php?u=${u}`,
    x: `https://x.com/intent/post?url=${u}&text=${encodeURIComponent(title)}`,
    zalo: `https://button-share.zalo.me/share_external?d=${zalo}`,
    linkedin: `https://www.linkedin.com/sharing/share-offsite/?url=${u}`,
    email: `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(body)}`,
  };
}

const NETWORKS: { id: ShareNetwork; name: string }[] = [
  { id: "facebook", name: "Facebook" },
  { id: "x", name: "X" },
  { id: "zalo", name: "Zalo" },
  { id: "linkedin", name: "LinkedIn" },
];

/** "Chia sẻ bài viết": links to each network's share page and an e-mail. No client JavaScript, no third-party script. */
export async function ShareLinks(target: ShareTarget) {
  const t = await getTranslations("article");
  const links = shareLinks(target);
  return (
    <section className="share" aria-labelledby="share-heading">
      <h2 id="share-heading">{t("share")}</h2>
      <ul>
        {NETWORKS.map(({ id, name }) => (
          <li key={id}>
            <a
              className={`share-link share-${id}`}
              href={links[id]}
              target="_blank"
              rel="noopener noreferrer"
              aria-label={`${t("shareOn", { network: name })} ${t("newWindow")}`}
            >
              {name}
            </a>
          </li>
        ))}
        <li>
          <a className="share-link share-email" href={links.email}>
            {t("shareByEmail")}
          </a>
        </li>
      </ul>
    </section>
  );
}
