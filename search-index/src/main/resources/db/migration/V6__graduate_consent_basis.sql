-- Issue #13: the recorded basis of a graduate's visibility consent. A graduate created by an import
-- may be shown to employers only with a basis the school states (e.g. "enrolment form signed
-- 2025-03-01"); a graduate's own switch on /me records "graduate". An import never changes the
-- consent of an existing graduate (docs/privacy.md).
alter table graduate_profile add column consent_basis text check (char_length(consent_basis) <= 500);
