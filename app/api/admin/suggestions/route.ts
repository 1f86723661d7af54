import { NextResponse } from "next/server";
import { ValidationError } from "@/lib/errors";
import { withAuth } from "@/lib/http";
import { SuggestTagsInput, suggestEntityTags } from "@/lib/tagging";

/** 200,000 characters of Vietnamese are at most ~600 kB of JSON; anything far larger is refused unread. */
const MAX_BODY_BYTES = 1_000_000;

/**
 * POST /api/admin/suggestions {"text": "…", "date": "2024-04-11"} — the editor's
 * tag suggestions for the article being written (POST: the text is long).
 * Answers {"suggestions": TagSuggestion[]}.
 */
export const POST = withAuth("entity.read", async ({ request, user }) => {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) {
    return NextResponse.json({ error: "Văn bản quá dài để gợi ý thẻ." }, { status: 413 });
  }
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new ValidationError("Nội dung yêu cầu phải là JSON.");
  }
  const input = SuggestTagsInput.parse(body);
  const { suggestions } = await suggestEntityTags({ actor: user, input });
  return NextResponse.json({ suggestions }, { headers: { "Cache-Control": "private, no-store" } });
});
