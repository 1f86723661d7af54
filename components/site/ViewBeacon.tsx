import { READER_SCRIPT_ATTRIBUTE } from "@/lib/http/reader-html.mjs";

/**
 * Counts one view of an article: a few hundred bytes of inline script that send
 * one beacon to /api/views once the page is shown (a prerendered page waits),
 * so the page itself stays cacheable and ships no framework. Reader pages are
 * served without React's runtime (lib/http/reader-html.mjs); the attribute keeps
 * this script. A client-side navigation from the newsroom does not run it: staff
 * previews are not reads.
 */
const SEND_VIEW = `(function(id){function send(){var body=JSON.stringify({articleId:id});if(navigator.sendBeacon&&navigator.sendBeacon("/api/views",body))return;fetch("/api/views",{method:"POST",body:body,keepalive:true,headers:{"Content-Type":"application/json"}}).catch(function(){})}if(document.prerendering)document.addEventListener("prerenderingchange",send,{once:true});else send()})`;

export function ViewBeacon({ articleId }: { articleId: string }) {
  // The id is a UUID from the database; escaping "<" keeps any string from closing the element.
  const call = `${SEND_VIEW}(${JSON.stringify(articleId).replace(/</g, "\\u003c")})`;
  return <script {...{ [READER_SCRIPT_ATTRIBUTE]: "" }} dangerouslySetInnerHTML={{ __html: call }} />;
}
