-- A fan's language and colour theme, chosen with the header's switchers (docs/i18n.md).
-- NULL means "not chosen": the page then follows the cookie, Accept-Language (language) or the
-- device's prefers-color-scheme (theme). The CHECKs keep the values to those the pages know.
ALTER TABLE "User" ADD COLUMN "locale" TEXT;
ALTER TABLE "User" ADD COLUMN "theme" TEXT;
ALTER TABLE "User" ADD CONSTRAINT "User_locale_check" CHECK ("locale" IN ('ko', 'en'));
ALTER TABLE "User" ADD CONSTRAINT "User_theme_check" CHECK ("theme" IN ('light', 'dark', 'system'));
