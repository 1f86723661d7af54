import { randomInt } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { foldText } from "@/lib/text/slug";

/**
 * What a password must be, wherever one is set (admin forms, own password,
 * the CLI): at least 12 characters, and not on the bundled list of common and
 * breached passwords (lib/users/common-passwords.txt; no network call).
 */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 1024;

// Read from the source tree: the app, the CLI and the tests all run from the project root.
const LIST_FILE = path.join(process.cwd(), "lib", "users", "common-passwords.txt");

let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  if (!common) {
    // Fails closed: without its list the check throws rather than let every password through.
    const text = readFileSync(LIST_FILE, "utf8");
    common = new Set(
      text
        .split("\n")
        .map((line) => line.trim())
        .filter((line) => line && !line.startsWith("#")),
    );
  }
  return common;
}

/** Lower-cased, diacritics dropped ("MậtKhẩu123456" → "matkhau123456"). */
function normalize(password: string) {
  return foldText(password.normalize("NFC")).trim();
}

export function isCommonPassword(password: string): boolean {
  const list = commonPasswords();
  const folded = normalize(password);
  if (list.has(folded) || list.has(folded.replace(/\s+/g, ""))) return true;
  // One character repeated, whatever its length ("aaaaaaaaaaaaaaaa").
  return /^(.)\1*$/u.test(folded);
}

export const PASSWORD_MESSAGES = {
  tooShort: `Mật khẩu cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`,
  tooLong: `Mật khẩu dài quá ${MAX_PASSWORD_LENGTH} ký tự.`,
  common: "Mật khẩu này quá phổ biến hoặc đã từng bị lộ. Hãy chọn mật khẩu khác.",
} as const;

export const PasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, PASSWORD_MESSAGES.tooShort)
  .max(MAX_PASSWORD_LENGTH, PASSWORD_MESSAGES.tooLong)
  .refine((password) => !isCommonPassword(password), PASSWORD_MESSAGES.common);

// No 0/O, 1/l/I: read from a screen and typed by hand.
const ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A temporary password an admin hands over once: 16 characters, ~92 bits, in groups of four. */
export function generateTemporaryPassword(): string {
  const chars = Array.from({ length: 16 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return [0, 4, 8, 12].map((start) => chars.slice(start, start + 4).join("")).join("-");
}
