import StarterKit from "@tiptap/starter-kit";
import { isAllowedHref } from "./urls";

export { isAllowedHref, isAllowedImageSrc } from "./urls";

/**
 * The article body's editor schema. The editor (client) and the save-time
 * validation (server) both build from this list, so they cannot drift apart.
 */
export const articleExtensions = [
  StarterKit.configure({
    heading: { levels: [2, 3, 4] },
    codeBlock: false,
    code: false,
    link: {
      openOnClick: false,
      autolink: true,
      defaultProtocol: "https",
      protocols: ["http", "https", "mailto"],
      isAllowedUri: (url) => isAllowedHref(url),
      HTMLAttributes: { rel: "noopener noreferrer nofollow", target: null },
    },
  }),
];
