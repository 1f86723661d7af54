import { Node, mergeAttributes } from "@tiptap/core";
import { isYoutubeId, youtubeEmbed, youtubeIdFrom, youtubeThumbnail } from "@/lib/richtext/rules";
import { cursorAfterBlock } from "./block-cursor";

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    youtube: {
      /** Inserts a YouTube video from a link or an id; refused (false) when no video id can be read from it. */
      insertYoutube: (urlOrId: string) => ReturnType;
    };
  }
}

/**
 * A YouTube video: `{ type: "youtube", attrs: { videoId } }`, the 11-character
 * id only — never a URL or embed code. The public page shows a facade (the
 * thumbnail and a link to youtube-nocookie.com), so nothing from YouTube runs
 * until the reader asks for it.
 */
export const Youtube = Node.create({
  name: "youtube",
  group: "block",
  atom: true,
  draggable: true,
  selectable: true,

  addAttributes() {
    return { videoId: { default: null } };
  },

  parseHTML() {
    return [
      {
        tag: "figure[data-youtube-video-id]",
        getAttrs: (element) => {
          const videoId = element.getAttribute("data-youtube-video-id");
          return isYoutubeId(videoId) ? { videoId } : false;
        },
      },
    ];
  },

  renderHTML({ node, HTMLAttributes }) {
    const videoId = isYoutubeId(node.attrs.videoId) ? (node.attrs.videoId as string) : "";
    return [
      "figure",
      mergeAttributes(HTMLAttributes, { "data-youtube-video-id": videoId, class: "rt-video" }),
      ["img", { src: videoId ? youtubeThumbnail(videoId) : "", alt: "", width: 480, height: 360, draggable: "false" }],
      ["figcaption", {}, ["span", { class: "rt-video-badge" }, "▶ YouTube"], " ", videoId ? youtubeEmbed(videoId) : ""],
    ];
  },

  addCommands() {
    return {
      insertYoutube:
        (urlOrId) =>
        ({ chain }) => {
          const videoId = youtubeIdFrom(urlOrId);
          if (!videoId) return false;
          return chain()
            .insertContent({ type: this.name, attrs: { videoId } })
            .command(cursorAfterBlock(this.name))
            .run();
        },
    };
  },
});
