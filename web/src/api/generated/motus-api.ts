// Generated from the server's /api/openapi.json by openapi-typescript: do not edit.
// Regenerate with scripts/generate-api-types after changing a route's contract;
// tests/api/contract_document_test.cpp fails while this file is stale.
export interface paths {
    "/api/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This API's OpenAPI document, generated from the route table. */
        get: operations["get/api/openapi.json"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/accounts/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Admin: switch an account (staff or member) off; it cannot log in and every session it has ends at once. */
        post: operations["post/api/v1/admin/accounts/{id}/disable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/accounts/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Admin: switch a disabled account back on (it logs in afresh). */
        post: operations["post/api/v1/admin/accounts/{id}/enable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/accounts/{id}/second-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Admin: remove a staff member's two-step login after they lost their phone and recovery codes; their sessions end and they enrol again. */
        delete: operations["delete/api/v1/admin/accounts/{id}/second-factor"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through the audit log (after=SEQ, limit=N up to 1000) with the names behind its ids, and check its hash chain. Admins only. */
        get: operations["get/api/v1/admin/audit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members with their therapist a page at a time (after=ID, limit=N up to 1000); one therapist's caseload with therapist_id=ID. Admins only. */
        get: operations["get/api/v1/admin/members"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/members/{id}/therapist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Assign the member to another therapist ({therapist_id}). Admins only. */
        put: operations["put/api/v1/admin/members/{id}/therapist"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every sponsoring organization with how many people its roster lists (admins only). */
        get: operations["get/api/v1/admin/organizations"];
        put?: never;
        /** Add a sponsoring organization with its enrollment code (admins only). The code is unique whatever its case; a clash answers 409. */
        post: operations["post/api/v1/admin/organizations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/organizations/{id}/roster": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replace the organization's eligibility roster with a CSV (admins only). Answers how many people were loaded (new), updated (already listed), removed, and each rejected row's line and reason. Accounts are never removed. Rosters over the body size cap are loaded with `motus roster import`. */
        post: operations["post/api/v1/admin/organizations/{id}/roster"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/security": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Admin: the site's security settings ({staff_totp_required}). */
        get: operations["get/api/v1/admin/security"];
        /** Admin: change the site's security settings ({staff_totp_required: true|false}). */
        put: operations["put/api/v1/admin/security"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Staff accounts a page at a time (after=ID, limit=N up to 1000), therapists with their caseload. Admins: everyone, or one organization's (organization_id=ID); organization admins: their own organization's. */
        get: operations["get/api/v1/admin/staff"];
        put?: never;
        /** Create a staff account: therapist, org_admin (with organization_id) or admin. Admins only. */
        post: operations["post/api/v1/admin/staff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every article: title, summary, audience, reading time. */
        get: operations["get/api/v1/articles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/articles/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One article: its front matter, the body as safe HTML and as Markdown. */
        get: operations["get/api/v1/articles/{slug}"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/email/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a new link to confirm your email (signed in, email not confirmed yet); earlier links stop working. 503 when this server sends no email. */
        post: operations["post/api/v1/auth/email/verification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/email/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm an email address with the emailed link's token ({token}). */
        post: operations["post/api/v1/auth/email/verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in with email and password; starts a session (cookie __Host-motus, or a token with {"bearer": true}). */
        post: operations["post/api/v1/auth/login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login/second-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Finish logging in with a second factor: {ticket, code} (6 digits from the authenticator app) or {ticket, recovery_code}; starts the session. */
        post: operations["post/api/v1/auth/login/second-factor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End this session. */
        post: operations["post/api/v1/auth/logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password/forgot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask for a password reset link by email ({email}); the same answer whether or not an account has the email. 503 when this server sends no email. */
        post: operations["post/api/v1/auth/password/forgot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Choose a new password with the emailed link's token ({token, password}); ends every session of the account. */
        post: operations["post/api/v1/auth/password/reset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The logged-in account, or null when nobody is logged in. */
        get: operations["get/api/v1/auth/session"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a member account for a person on a sponsor's roster; starts a session (cookie __Host-motus). */
        post: operations["post/api/v1/auth/signup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/{token}.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A person's visits as an iCalendar feed, for phone calendars, with a member's practice reminder as a weekly event with an alarm; the secret address is the key (no session). */
        get: operations["get/api/v1/calendar/{token}.ics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/care/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your video visits (therapists) in [from, to) (epoch ms; default a week back to a month ahead), with member names and a countdown for the queue. */
        get: operations["get/api/v1/care/appointments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/care/appointments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Cancel your visit; until it starts. */
        delete: operations["delete/api/v1/care/appointments/{id}"];
        options?: never;
        head?: never;
        /** Move your visit ({starts_at, ends_at}); until it starts. */
        patch: operations["patch/api/v1/care/appointments/{id}"];
        trace?: never;
    };
    "/api/v1/care/appointments/{id}/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your visit as an iCalendar (.ics) file. */
        get: operations["get/api/v1/care/appointments/{id}/calendar.ics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/care/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your availability for video visits (therapists): time zone, slot length, weekly times, days off, one-off changes. */
        get: operations["get/api/v1/care/availability"];
        /** Replace your availability ({time_zone, slot_minutes 15|30|45, weekly: [{weekday 1-7, start, end}], days_off: [YYYY-MM-DD], exceptions: [{day, start, end, kind open|closed}]}; times HH:MM). */
        put: operations["put/api/v1/care/availability"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/care/members/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A member's record for their assigned therapist (with notes), or for an admin or another therapist holding break-glass access (POST .../break-glass). */
        get: operations["get/api/v1/care/members/{id}"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/care/members/{id}/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Book a video visit for your member ({starts_at, ends_at}, 15/30/45 minutes on the quarter hour); 409 when the time is taken. */
        post: operations["post/api/v1/care/members/{id}/appointments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/care/members/{id}/break-glass": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open the record of a member outside your care for one hour ({reason}); recorded, audited, and shown to the member's therapist. */
        post: operations["post/api/v1/care/members/{id}/break-glass"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/care/members/{id}/flags/{flag_id}/handled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one of the member's open care flags handled ({note}: what you did, up to 500 characters); the queue drops it, the record keeps it. Assigned therapist only; 409 when it was handled already. */
        post: operations["post/api/v1/care/members/{id}/flags/{flag_id}/handled"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/care/members/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The member's conversation with the care team (assigned therapist); marks their messages read. */
        get: operations["get/api/v1/care/members/{id}/messages"];
        put?: never;
        /** Write to the member ({body}); assigned therapist. */
        post: operations["post/api/v1/care/members/{id}/messages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/care/members/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a clinical note ({body}); assigned therapist only. */
        post: operations["post/api/v1/care/members/{id}/notes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/care/members/{id}/program": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Override the member's exercises and doses ({exercises: [{exercise_id, sets, reps, hold_seconds, sides, rest_seconds}], note}); the note is shown to the member. Assigned therapist only. The plan is in force at once (applied: true, applied_at): the member's next program read, today's session and the report follow it. */
        put: operations["put/api/v1/care/members/{id}/program"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/care/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members ranked by need with the reasons in words; a therapist sees their own members, an admin all of them a page at a time (after=ID, limit=N up to 1000; next_after names the next page's start). */
        get: operations["get/api/v1/care/queue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/eligibility/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Is this person on a sponsor's roster? Name and date of birth must match, plus the email or the enrollment code. 403 when not, whichever field differs; 409 when this person already has their account; 429 after too many checks from one address. */
        post: operations["post/api/v1/eligibility/check"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exercises": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The exercise library, optionally filtered by pattern, position, equipment and kind. */
        get: operations["get/api/v1/exercises"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exercises/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One exercise in full: steps, dose, cautions, animation keyframes, easier and harder variants, citations. */
        get: operations["get/api/v1/exercises/{id}"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/flare-questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The warning-sign questions a flare-up asks: {questions: [{field, answer, question}]}, field as in the check-in's flare_check; in the caller's language. */
        get: operations["get/api/v1/flare-questions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/instruments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The outcome questionnaires (e.g. nprs, psfs, phq9, gad7) with every question, its answers, the bands of the score and the licence, so a client can draw the forms; in Spanish where a Spanish text exists (language says which; languages lists every language each one has). */
        get: operations["get/api/v1/instruments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The logged-in account. */
        get: operations["get/api/v1/me"];
        put?: never;
        post?: never;
        /** Delete your account and everything you told us ({password}). This cannot be undone. */
        delete: operations["delete/api/v1/me"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your video visits: upcoming (with reminders) and past. */
        get: operations["get/api/v1/me/appointments"];
        put?: never;
        /** Book an open time with your therapist ({starts_at[, ends_at]} in epoch ms); 409 when it was just taken. */
        post: operations["post/api/v1/me/appointments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/appointments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Cancel your visit; until 24 hours before. */
        delete: operations["delete/api/v1/me/appointments/{id}"];
        options?: never;
        head?: never;
        /** Move your visit to another open time ({starts_at}); until 24 hours before. */
        patch: operations["patch/api/v1/me/appointments/{id}"];
        trace?: never;
    };
    "/api/v1/me/appointments/{id}/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your visit as an iCalendar (.ics) file. */
        get: operations["get/api/v1/me/appointments/{id}/calendar.ics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/appointments/slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open times to book a video visit with your therapist, in [from, to) (epoch ms; default the next 14 days, at most 62). */
        get: operations["get/api/v1/me/appointments/slots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/assessment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The result of your latest intake with the answers it was given (intake, taken_at, and has_program when there is a program to follow), or {"assessment": null} before your first intake. */
        get: operations["get/api/v1/me/assessment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/calendar-feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether you have a private calendar feed. */
        get: operations["get/api/v1/me/calendar-feed"];
        put?: never;
        /** Make a new private calendar feed address (shown once; the old one stops working). */
        post: operations["post/api/v1/me/calendar-feed"];
        /** Stop your private calendar feed. */
        delete: operations["delete/api/v1/me/calendar-feed"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/checkins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your newest check-ins first (limit=N, 1 to 100, default 10). */
        get: operations["get/api/v1/me/checkins"];
        put?: never;
        /** A quick check-in: {pain 0-10, flare true|false, notes?, flare_check?}. flare_check takes the same warning-sign answers as a session's; a warning sign comes back first (flare_check: tier, reasons, advice), pauses the program and tells the care team. A flare without them is stored and answered with safety_questions to ask. */
        post: operations["post/api/v1/me/checkins"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Your optional phone number and safe time to call ({phone, call_time}; "" or null clears); only your care team sees them. */
        put: operations["put/api/v1/me/contact"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your whole record as a FHIR R4 Bundle you can give to any clinician or app. */
        get: operations["get/api/v1/me/export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/instruments/{id}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A filled-in questionnaire ({answers: [{item, value, named?}], client_id?}); answers with the score, its band and what it means. Sending the same client_id again returns the first answer. Thoughts of self-harm on the mood questionnaire bring crisis guidance and tell the care team. */
        post: operations["post/api/v1/me/instruments/{id}/responses"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/intake": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the intake questions (docs/api-contract.md); answers the assessment and, when it is safe, a program. */
        post: operations["post/api/v1/me/intake"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/intake/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The intake you began and have not sent ({draft: {answers, step, saved_at}} or {draft: null}). */
        get: operations["get/api/v1/me/intake/draft"];
        /** Keep the intake you are answering ({answers: object, step}), up to 32 KB; sending the intake removes it. */
        put: operations["put/api/v1/me/intake/draft"];
        post?: never;
        /** Forget the intake you began. */
        delete: operations["delete/api/v1/me/intake/draft"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/language": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The language this account chose for Motus's words ("en", "es" or null for none), and the one answers use now (the choice, else Accept-Language, else en). */
        get: operations["get/api/v1/me/language"];
        /** Choose the language of Motus's words ({language: "en" | "es" | null}); it beats the browser's Accept-Language on every answer. */
        put: operations["put/api/v1/me/language"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your conversation with your care team, oldest first; marks their messages read. */
        get: operations["get/api/v1/me/messages"];
        put?: never;
        /** Write to your care team ({body}). */
        post: operations["post/api/v1/me/messages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the password ({current_password, new_password}); ends every other session. */
        post: operations["post/api/v1/me/password"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What you said you can do for your program ({prefs: {minutes_per_day, floor_ok, kneeling_ok, equipment}}; prefs is null without a program). */
        get: operations["get/api/v1/me/preferences"];
        /** Change minutes a day, equipment, floor and kneeling without a new intake ({minutes_per_day, floor_ok, kneeling_ok, equipment}); the program is built again and the answer says what changed (changes) with the program. */
        put: operations["put/api/v1/me/preferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/program": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The exercise program you follow now, with your therapist's change and note when they have changed it (therapist_change). */
        get: operations["get/api/v1/me/program"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your pain over time (check-ins and sessions), sessions done against days planned, your streak, your program's level over time, and each questionnaire's scores over time (instruments: {id: [{taken_at, score, band}]}). */
        get: operations["get/api/v1/me/progress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The days (1 = Monday … 7 = Sunday) and the time you chose to practise, in your time zone; missed: the latest chosen day that went by without a session. */
        get: operations["get/api/v1/me/reminders"];
        /** Choose the days and the time to practise ({days: [1-7], time: HH:MM, time_zone}); no days turns reminders off. Your private calendar feed carries them as a weekly "Motus practice" event with an alarm. */
        put: operations["put/api/v1/me/reminders"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your progress on one printable page: your pattern, the program you follow (your therapist's plan when they changed it), pain, questionnaire scores and how steady you have been. */
        get: operations["get/api/v1/me/report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/second-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Staff: whether two-step login (TOTP) is set up and required, and how many recovery codes are left. */
        get: operations["get/api/v1/me/second-factor"];
        put?: never;
        /** Staff: start setting up two-step login; answers a new secret and its otpauth:// URI for the authenticator app (shown as a QR code). */
        post: operations["post/api/v1/me/second-factor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/second-factor/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Staff: confirm two-step login with the first code ({code}); answers ten one-time recovery codes, shown only this once. */
        post: operations["post/api/v1/me/second-factor/confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/session/today": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Today's exercises with their dose and why; strength work rests between strength days. therapist_change carries the therapist's newest change and note, as on the program. */
        get: operations["get/api/v1/me/session/today"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** How a session went ({client_id, pain_before, pain_after, next_morning_pain?, exercises, flare_check?}); answers what changed in your program and why. Sending the same client_id again returns the first answer. pain_rise {points, offer} when pain went up 3 or more points and no flare_check was sent: offer the flare check and a message to the therapist. */
        post: operations["post/api/v1/me/sessions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your organization's enrolment and engagement, de-identified (cells under 11 people hidden), with the monthly trend of ?from=YYYY-MM-DD&to=YYYY-MM-DD (period). Organization admins only. */
        get: operations["get/api/v1/org/report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org/report/csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The monthly trend of ?from=YYYY-MM-DD&to=YYYY-MM-DD (default: the last six months) as a CSV download; small counts hidden, cells that could run as spreadsheet formulas made inert. Organization admins only. */
        get: operations["get/api/v1/org/report/csv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pain-scale": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The 0-10 pain scale's words: {scale: [{pain, words}]}, from no pain to worst pain, in the caller's language. */
        get: operations["get/api/v1/pain-scale"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/patterns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The pain patterns Motus knows, each in one sentence. */
        get: operations["get/api/v1/patterns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/patterns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One pain pattern as members read it: how it feels, what helps, when to see a doctor, its core exercises and articles. */
        get: operations["get/api/v1/patterns/{id}"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search exercises, pain patterns and articles; best matches first, with the matching words marked in a snippet. */
        get: operations["get/api/v1/search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/visits/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A video visit for its member or therapist: when, with whom, whether its room is open, the visit so far (the note: therapist only). */
        get: operations["get/api/v1/visits/{id}"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/visits/{id}/ice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The visit's ICE servers (STUN, and TURN with credentials that expire when the room closes); only while the room is open. */
        get: operations["get/api/v1/visits/{id}/ice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/visits/{id}/note": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** The therapist's visit note ({note}); once the visit has taken place. */
        put: operations["put/api/v1/visits/{id}/note"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/visits/{id}/signal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The visit room (WebSocket upgrade): WebRTC signalling and chat between the appointment's member and therapist, from 10 minutes before its start to its end plus the grace period. */
        get: operations["get/api/v1/visits/{id}/signal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process is up and answering. */
        get: operations["get/healthz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics: requests and latency by route, store commits. Needs the metrics_token as a Bearer token, or, without one configured, a request made straight from the server's own machine. */
        get: operations["get/metrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the store answers a query. */
        get: operations["get/readyz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** Account */
        Account: {
            call_time?: string | null;
            date_of_birth?: string;
            email: string;
            first_name: string;
            id: string;
            last_name: string;
            must_change_password?: boolean;
            organization_id: string | null;
            phone?: string | null;
            /** @enum {string} */
            role: "member" | "therapist" | "org_admin" | "admin";
        };
        /** Appointment */
        Appointment: {
            /** @enum {string} */
            booked_by: "member" | "therapist";
            calendar_path: string;
            can_change: boolean;
            cancelled_at?: number;
            change_until: number;
            countdown?: string;
            created_at: number;
            ends_at: number;
            id: string;
            join_open: boolean;
            member_id?: string;
            member_name?: string;
            reminder?: string;
            starts_at: number;
            /** @enum {string} */
            status: "booked" | "cancelled" | "missed" | "completed";
            therapist_name?: string;
            visit_path: string;
        };
        /** Article */
        Article: {
            /** @enum {string} */
            audience: "member" | "therapist";
            citations: string[];
            exercises: string[];
            html: string;
            patterns: string[];
            reading_minutes: number;
            slug: string;
            source: string;
            summary: string;
            title: string;
            url: string;
        };
        /** ArticleSummary */
        ArticleSummary: {
            /** @enum {string} */
            audience: "member" | "therapist";
            patterns: string[];
            reading_minutes: number;
            slug: string;
            summary: string;
            title: string;
            url: string;
        };
        /** Assessment */
        Assessment: {
            advice: string[];
            follow_up: {
                field: string;
                question: string;
            }[];
            instruments: ("nprs" | "psfs" | "phq9" | "gad7" | "odi" | "start_back")[];
            patterns: {
                evidence: string[];
                /** @enum {string} */
                id: "si_joint" | "radicular" | "piriformis" | "sacral_myofascial" | "inflammatory" | "pregnancy_pgp" | "coccydynia" | "nonspecific";
                score: number;
            }[];
            reasons: {
                code: string;
                text: string;
            }[];
            /** @enum {string} */
            tier: "emergency" | "urgent" | "routine" | "self_care";
        };
        /** Availability */
        Availability: {
            days_off: string[];
            exceptions: {
                day: string;
                end: string;
                /** @enum {string} */
                kind: "open" | "closed";
                start: string;
            }[];
            set: boolean;
            slot_minutes: number;
            time_zone: string;
            weekly: {
                end: string;
                start: string;
                weekday: number;
            }[];
        };
        /** ClinicalNote */
        ClinicalNote: {
            body: string;
            id: string;
            therapist_id: string;
            written_at: number;
        };
        /** Conversation */
        Conversation: {
            messages: components["schemas"]["Message"][];
            therapist?: {
                name: string;
            } | null;
            unread: number;
        };
        /** Exercise */
        Exercise: {
            breathing: string;
            cautions: {
                /** @enum {string} */
                action: "avoid" | "modify";
                /** @enum {string} */
                condition: "pregnancy_trimester1" | "pregnancy_trimester2" | "pregnancy_trimester3" | "postpartum" | "acute_flare" | "leg_symptoms" | "worse_bending_forward" | "worse_bending_backward" | "hypermobility" | "osteoporosis" | "knee_pain" | "wrist_pain" | "balance_problems";
                text: string;
            }[];
            citations: string[];
            dosage: {
                hold_seconds: number;
                minutes: number;
                reps: number;
                rest_seconds: number;
                sets: number;
                /** @enum {string} */
                sides: "both" | "each";
            };
            easier: string | null;
            equipment: ("mat" | "band" | "chair" | "wall" | "pillow" | "strap" | "ice")[];
            harder: string | null;
            id: string;
            keyframes: {
                at: number;
                cue: string;
                phase: string;
                pose: {
                    [key: string]: number;
                };
            }[];
            /** @enum {string} */
            kind: "strength" | "mobility" | "stretch" | "aerobic" | "technique";
            name: string;
            patterns: string[];
            positions: ("standing" | "sitting" | "floor" | "kneeling" | "prone" | "supine" | "side_lying")[];
            steps: string[];
            summary: string;
            target_muscles: string[];
            url: string;
            /** @enum {string} */
            view: "side" | "front";
        };
        /** ExerciseSummary */
        ExerciseSummary: {
            easier: string | null;
            equipment: ("mat" | "band" | "chair" | "wall" | "pillow" | "strap" | "ice")[];
            harder: string | null;
            id: string;
            /** @enum {string} */
            kind: "strength" | "mobility" | "stretch" | "aerobic" | "technique";
            name: string;
            patterns: string[];
            positions: ("standing" | "sitting" | "floor" | "kneeling" | "prone" | "supine" | "side_lying")[];
            summary: string;
            target_muscles: string[];
            url: string;
        };
        /** FlareCheckAnswers */
        FlareCheckAnswers: {
            leg_symptoms?: {
                [key: string]: unknown;
            };
            new_symptoms?: boolean;
            pain_now?: number;
            red_flags?: {
                bilateral_leg_symptoms?: boolean;
                bladder_change?: boolean;
                blood_thinners?: boolean;
                bowel_incontinence?: boolean;
                cancer_history?: boolean;
                fever?: boolean;
                immunosuppressed?: boolean;
                iv_drug_use?: boolean;
                night_pain_constant?: boolean;
                osteoporosis?: boolean;
                pregnancy_bleeding?: boolean;
                pregnancy_fluid_loss?: boolean;
                pregnancy_tightenings?: boolean;
                progressive_weakness?: boolean;
                pulsing_belly_lump?: boolean;
                recent_spinal_procedure?: boolean;
                reduced_baby_movements?: boolean;
                saddle_numbness?: boolean;
                sexual_dysfunction_new?: boolean;
                significant_trauma?: boolean;
                steroid_use_long_term?: boolean;
                tearing_pain?: boolean;
                unwell_or_infection?: boolean;
                weight_loss_unexplained?: boolean;
            };
        };
        /** FlareOutcome */
        FlareOutcome: {
            advice: string[];
            reasons: {
                code: string;
                text: string;
            }[];
            /** @enum {string} */
            tier: "emergency" | "urgent" | "routine" | "self_care";
        };
        /** Instrument */
        Instrument: {
            bands: {
                code: string;
                label: string;
                max: number | null;
                min: number | null;
            }[];
            change?: {
                /** @enum {string} */
                better: "higher" | "lower";
                percent: number | null;
                points: number;
                source: string;
            };
            id: string;
            instructions: string;
            items: {
                answers: {
                    label: string;
                    value: number;
                }[];
                id: string;
                named_by_person: boolean;
                text: string;
            }[];
            /** @enum {string} */
            language: "en" | "es";
            languages: ("en" | "es")[];
            licence: string;
            scoring: {
                kind: string;
                min_answered: number;
            };
            title: string;
        };
        /** InstrumentScore */
        InstrumentScore: {
            answers: {
                [key: string]: unknown;
            }[];
            band: {
                code: string;
                label: string;
            } | null;
            care_team_told: boolean;
            id: string;
            instrument: string;
            interpretation: string;
            safety: {
                care_team_told: boolean;
                concern: string;
                steps: string[];
                title: string;
            } | null;
            score: number;
            subscales: {
                id: string;
                value: number;
            }[];
            taken_at: number;
            title: string;
        };
        /** Intake */
        Intake: {
            age: number;
            duration_weeks: number;
            leg_symptoms?: {
                [key: string]: unknown;
            };
            pain_now: number;
            prefs?: {
                [key: string]: unknown;
            };
            red_flags?: {
                bilateral_leg_symptoms?: boolean;
                bladder_change?: boolean;
                blood_thinners?: boolean;
                bowel_incontinence?: boolean;
                cancer_history?: boolean;
                fever?: boolean;
                immunosuppressed?: boolean;
                iv_drug_use?: boolean;
                night_pain_constant?: boolean;
                osteoporosis?: boolean;
                pregnancy_bleeding?: boolean;
                pregnancy_fluid_loss?: boolean;
                pregnancy_tightenings?: boolean;
                progressive_weakness?: boolean;
                pulsing_belly_lump?: boolean;
                recent_spinal_procedure?: boolean;
                reduced_baby_movements?: boolean;
                saddle_numbness?: boolean;
                sexual_dysfunction_new?: boolean;
                significant_trauma?: boolean;
                steroid_use_long_term?: boolean;
                tearing_pain?: boolean;
                unwell_or_infection?: boolean;
                weight_loss_unexplained?: boolean;
            };
        };
        /** MemberHistory */
        MemberHistory: {
            care_flags: {
                created_at: number;
                kind: string;
                open: boolean;
                reason_codes: string[];
                source: string;
            }[];
            checkins: {
                at: number;
                flare: boolean;
                notes: string | null;
                pain: number;
            }[];
            program_levels: {
                at: number;
                paused: boolean;
                phase: string;
                sessions: number;
                steps_up: number;
            }[];
            sessions: {
                at: number;
                exercises_done: number;
                exercises_planned: number;
                next_morning_pain: number | null;
                pain_after: number;
                pain_before: number;
                program_day: number;
            }[];
        };
        /** MemberRecord */
        MemberRecord: {
            break_glass?: {
                by: string;
                by_role: string;
                expires_at: number;
                opened_at: number;
                reason: string;
            }[];
            history: components["schemas"]["MemberHistory"];
            instruments: {
                [key: string]: {
                    band: string | null;
                    score: number;
                    taken_at: number;
                    times_taken: number;
                };
            };
            intake: {
                [key: string]: unknown;
            } | null;
            member: {
                contact?: {
                    call_time: string | null;
                    phone: string | null;
                    tel: string | null;
                };
                date_of_birth: string;
                email: string;
                enrolled_at: number;
                first_name: string;
                id: string;
                last_name: string;
                organization_id: string;
            };
            notes?: components["schemas"]["ClinicalNote"][];
            opened_by_break_glass?: boolean;
            program: {
                [key: string]: unknown;
            } | null;
            program_override: {
                [key: string]: unknown;
            } | null;
            therapist_id: string;
            unread_messages: number;
            visits?: {
                appointment_id: string;
                duration_seconds: number;
                ended_at: number | null;
                note?: string;
                started_at: number;
                therapist_id: string;
            }[];
        };
        /** Message */
        Message: {
            body: string;
            by?: string;
            /** @enum {string} */
            from: "member" | "care_team";
            id: string;
            read: boolean;
            sent_at: number;
        };
        /** Pattern */
        Pattern: {
            aggravating: string[];
            articles: string[];
            causes: string[];
            citations: string[];
            core_exercises: string[];
            evidence_note: string | null;
            how_it_feels: string[];
            id: string;
            name: string;
            overview: string;
            see_a_doctor: string[];
            short: string;
            url: string;
            what_helps: string[];
        };
        /** PatternSummary */
        PatternSummary: {
            id: string;
            name: string;
            short: string;
            url: string;
        };
        /** PracticeReminders */
        PracticeReminders: {
            days: number[];
            missed?: {
                date: string;
                weekday: number;
            };
            set: boolean;
            time: string;
            time_zone: string;
        };
        /** Preferences */
        Preferences: {
            equipment?: string[];
            floor_ok?: boolean;
            kneeling_ok?: boolean;
            minutes_per_day?: number;
        };
        /** Prescription */
        Prescription: {
            cautions?: string[];
            dose_words: string;
            exercise_id: string;
            hold_seconds: number;
            minutes?: number;
            reps: number;
            rest_seconds: number;
            sets: number;
            /** @enum {string} */
            sides: "both" | "each";
            why: string;
        };
        /** Problem */
        Problem: {
            detail?: string;
            error_id: string;
            errors?: {
                field: string;
                message: string;
            }[];
            instance?: string;
            status: number;
            title: string;
            type: string;
        };
        /** Program */
        Program: {
            exercises: components["schemas"]["Prescription"][];
            minutes: number;
            /** @enum {string} */
            phase: "settle" | "build" | "strengthen";
            tips: string[];
        };
        /** ProgramChange */
        ProgramChange: {
            /** @enum {string} */
            action: "progress" | "hold" | "regress" | "swap" | "modify" | "pause";
            exercise_id?: string;
            reason: string;
        };
        /** QueueEntry */
        QueueEntry: {
            member_id: string;
            name: string;
            needs_attention: boolean;
            /** @enum {string} */
            priority: "safety" | "attention" | "settled";
            priority_words: string;
            reasons: string[];
            score: number;
        };
        /** SecuritySettings */
        SecuritySettings: {
            staff_totp_required: boolean;
        };
        /** ServedDose */
        ServedDose: {
            dose_words: string;
            hold_seconds: number;
            minutes?: number;
            reps: number;
            rest_seconds: number;
            sets: number;
            /** @enum {string} */
            sides: "both" | "each";
        };
        /** Session */
        Session: {
            account: components["schemas"]["Account"];
            token?: string;
        };
        /** SessionAnswer */
        SessionAnswer: {
            advice?: string;
            changes: components["schemas"]["ProgramChange"][];
            flare_check?: components["schemas"]["FlareOutcome"];
            pain_rise?: {
                offer: string;
                points: number;
            };
            paused: boolean;
            program: components["schemas"]["Program"];
        };
        /** SessionReport */
        SessionReport: {
            client_id: string;
            exercises: {
                /** @enum {string} */
                difficulty: "easy" | "right" | "hard";
                done?: boolean;
                exercise_id: string;
                pain: number;
            }[];
            flare_check?: components["schemas"]["FlareCheckAnswers"];
            next_morning_pain?: number;
            pain_after: number;
            pain_before: number;
            red_flags?: {
                bilateral_leg_symptoms?: boolean;
                bladder_change?: boolean;
                blood_thinners?: boolean;
                bowel_incontinence?: boolean;
                cancer_history?: boolean;
                fever?: boolean;
                immunosuppressed?: boolean;
                iv_drug_use?: boolean;
                night_pain_constant?: boolean;
                osteoporosis?: boolean;
                pregnancy_bleeding?: boolean;
                pregnancy_fluid_loss?: boolean;
                pregnancy_tightenings?: boolean;
                progressive_weakness?: boolean;
                pulsing_belly_lump?: boolean;
                recent_spinal_procedure?: boolean;
                reduced_baby_movements?: boolean;
                saddle_numbness?: boolean;
                sexual_dysfunction_new?: boolean;
                significant_trauma?: boolean;
                steroid_use_long_term?: boolean;
                tearing_pain?: boolean;
                unwell_or_infection?: boolean;
                weight_loss_unexplained?: boolean;
            };
        };
        /** TherapistChange */
        TherapistChange: {
            at: number;
            by: string;
            message: string;
            note: string;
            on: string;
        };
        /** TodayExercise */
        TodayExercise: {
            cautions?: string[];
            dose_words: string;
            exercise_id: string;
            hold_seconds: number;
            keyframes: string;
            lighter?: components["schemas"]["ServedDose"];
            minutes?: number;
            name: string;
            reps: number;
            rest_seconds: number;
            sets: number;
            /** @enum {string} */
            sides: "both" | "each";
            why: string;
        };
        /** Visit */
        Visit: {
            duration_seconds: number;
            ended_at: number | null;
            note?: string;
            note_written_at?: number | null;
            started_at: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "get/api/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        components: {
                            schemas: {
                                [key: string]: unknown;
                            };
                        };
                        info: {
                            title: string;
                            version: string;
                        };
                        /** @enum {string} */
                        openapi: "3.1.0";
                        paths: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "post/api/v1/admin/accounts/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        disabled: boolean;
                        id: string;
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "post/api/v1/admin/accounts/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        disabled: boolean;
                        id: string;
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "delete/api/v1/admin/accounts/{id}/second-factor": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        second_factor: boolean;
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "get/api/v1/admin/audit": {
        parameters: {
            query?: {
                after?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        chain: {
                            first_broken_seq: number | null;
                            problem: string | null;
                            rows: number;
                            verified: boolean;
                        };
                        entries: {
                            action: string;
                            actor_id: string | null;
                            actor_name: string | null;
                            actor_role: string | null;
                            at: number;
                            entity: string;
                            hash: string;
                            member_id: string | null;
                            member_name: string | null;
                            outcome: string;
                            prev_hash: string;
                            request_id: string | null;
                            seq: number;
                        }[];
                        next_after: number | null;
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "get/api/v1/admin/members": {
        parameters: {
            query?: {
                after?: string;
                limit?: number;
                therapist_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        members: {
                            disabled: boolean;
                            first_name: string;
                            id: string;
                            last_name: string;
                            name: string;
                            organization_id: string | null;
                            therapist_id: string | null;
                        }[];
                        next_after: string | null;
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "put/api/v1/admin/members/{id}/therapist": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "therapist_id": "0190c1a2-7f00-7000-8000-000000000001"
                 *     }
                 */
                "application/json": {
                    therapist_id: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        member_id: string;
                        therapist_id: string;
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "get/api/v1/admin/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        organizations: {
                            enrollment_code: string;
                            id: string;
                            name: string;
                            roster_size: number;
                        }[];
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "post/api/v1/admin/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "enrollment_code": "HARBOUR",
                 *       "name": "Harbour Co"
                 *     }
                 */
                "application/json": {
                    enrollment_code: string;
                    name: string;
                };
            };
        };
        responses: {
            /** @description Added */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        enrollment_code: string;
                        id: string;
                        name: string;
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "post/api/v1/admin/organizations/{id}/roster": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example first name,last name,date of birth,email,employee id
                 *     Maya,Fernsby,1985-04-12,maya.fernsby@demo.example,D-001
                 *     Bea,Lund,1979-03-09,bea.lund@demo.example,D-006
                 */
                "text/csv": string;
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        loaded: number;
                        organization: {
                            id: string;
                            name: string;
                        };
                        rejected: number;
                        rejected_rows: {
                            line: number;
                            reason: string;
                        }[];
                        removed: number;
                        roster_size: number;
                        updated: number;
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "get/api/v1/admin/security": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecuritySettings"];
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "put/api/v1/admin/security": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "staff_totp_required": false
                 *     }
                 */
                "application/json": {
                    staff_totp_required: boolean;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecuritySettings"];
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "get/api/v1/admin/staff": {
        parameters: {
            query?: {
                after?: string;
                limit?: number;
                organization_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        next_after: string | null;
                        staff: {
                            caseload: number | null;
                            disabled: boolean;
                            email: string;
                            first_name: string;
                            id: string;
                            last_name: string;
                            name: string;
                            organization: {
                                id: string;
                                name: string;
                            } | null;
                            /** @enum {string} */
                            role: "therapist" | "org_admin" | "admin";
                            second_factor: boolean;
                        }[];
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "post/api/v1/admin/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "robin.ash@clinic.example",
                 *       "first_name": "Robin",
                 *       "last_name": "Ash",
                 *       "password": "quiet-harbour-maple-8",
                 *       "role": "therapist"
                 *     }
                 */
                "application/json": {
                    email: string;
                    first_name: string;
                    last_name: string;
                    organization_id?: string | null;
                    password: string;
                    role: string;
                };
            };
        };
        responses: {
            /** @description Made */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        account: components["schemas"]["Account"];
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "get/api/v1/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        articles: components["schemas"]["ArticleSummary"][];
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "get/api/v1/articles/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Article"];
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "post/api/v1/auth/email/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A new link is on its way */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "post/api/v1/auth/email/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "token": "the-token-from-the-emailed-link"
                 *     }
                 */
                "application/json": {
                    token: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        email_verified: boolean;
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "post/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "maya.fernsby@demo.example",
                 *       "password": "willow-copper-stone-5"
                 *     }
                 */
                "application/json": {
                    bearer?: boolean | null;
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Logged in; the session cookie is set */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "post/api/v1/auth/login/second-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "code": "123456",
                 *       "ticket": "example-ticket"
                 *     }
                 */
                "application/json": {
                    bearer?: boolean | null;
                    code?: string;
                    recovery_code?: string;
                    ticket: string;
                };
            };
        };
        responses: {
            /** @description Logged in; the session cookie is set */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "post/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Logged out; the session cookie is cleared */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "post/api/v1/auth/password/forgot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "maya.fernsby@demo.example"
                 *     }
                 */
                "application/json": {
                    email: string;
                };
            };
        };
        responses: {
            /** @description The same words whether or not an account has the email */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "post/api/v1/auth/password/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "password": "heron-lantern-quartz-9",
                 *       "token": "the-token-from-the-emailed-link"
                 *     }
                 */
                "application/json": {
                    password: string;
                    token: string;
                };
            };
        };
        responses: {
            /** @description The password is changed; every session of the account has ended */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "get/api/v1/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        account: components["schemas"]["Account"] | null;
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "post/api/v1/auth/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "date_of_birth": "1985-04-12",
                 *       "email": "maya.fernsby@demo.example",
                 *       "enrollment_code": "DEMO",
                 *       "first_name": "Maya",
                 *       "last_name": "Fernsby",
                 *       "password": "willow-copper-stone-5"
                 *     }
                 */
                "application/json": {
                    bearer?: boolean | null;
                    call_time?: string | null;
                    date_of_birth: string;
                    email: string;
                    enrollment_code?: string | null;
                    first_name: string;
                    last_name: string;
                    password: string;
                    phone?: string | null;
                };
            };
        };
        responses: {
            /** @description The account is made and logged in */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "get/api/v1/calendar/{token}.ics": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The visits (and practice reminder) as an iCalendar feed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "get/api/v1/care/appointments": {
        parameters: {
            query?: {
                from?: number;
                to?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        appointments: components["schemas"]["Appointment"][];
                        from: number;
                        to: number;
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "delete/api/v1/care/appointments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cancelled */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        appointment: components["schemas"]["Appointment"];
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "patch/api/v1/care/appointments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "ends_at": 1893468600000,
                 *       "starts_at": 1893466800000
                 *     }
                 */
                "application/json": {
                    ends_at?: number;
                    starts_at: number;
                };
            };
        };
        responses: {
            /** @description Moved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        appointment: components["schemas"]["Appointment"];
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "get/api/v1/care/appointments/{id}/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The visit as iCalendar */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "get/api/v1/care/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Availability"];
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "put/api/v1/care/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "days_off": [],
                 *       "exceptions": [],
                 *       "slot_minutes": 30,
                 *       "time_zone": "UTC",
                 *       "weekly": [
                 *         {
                 *           "end": "23:30",
                 *           "start": "00:00",
                 *           "weekday": 1
                 *         },
                 *         {
                 *           "end": "23:30",
                 *           "start": "00:00",
                 *           "weekday": 2
                 *         },
                 *         {
                 *           "end": "23:30",
                 *           "start": "00:00",
                 *           "weekday": 3
                 *         },
                 *         {
                 *           "end": "23:30",
                 *           "start": "00:00",
                 *           "weekday": 4
                 *         },
                 *         {
                 *           "end": "23:30",
                 *           "start": "00:00",
                 *           "weekday": 5
                 *         },
                 *         {
                 *           "end": "23:30",
                 *           "start": "00:00",
                 *           "weekday": 6
                 *         },
                 *         {
                 *           "end": "23:30",
                 *           "start": "00:00",
                 *           "weekday": 7
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    days_off?: string[];
                    exceptions?: {
                        [key: string]: unknown;
                    }[];
                    slot_minutes: number;
                    time_zone: string;
                    weekly?: {
                        [key: string]: unknown;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Availability"];
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "get/api/v1/care/members/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberRecord"];
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "post/api/v1/care/members/{id}/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "ends_at": 1893465000000,
                 *       "starts_at": 1893463200000
                 *     }
                 */
                "application/json": {
                    ends_at?: number;
                    starts_at: number;
                };
            };
        };
        responses: {
            /** @description Booked */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        appointment: components["schemas"]["Appointment"];
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "post/api/v1/care/members/{id}/break-glass": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "Covering for their therapist while she is away this week."
                 *     }
                 */
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Granted for one hour */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        expires_at: number;
                        member_id: string;
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "post/api/v1/care/members/{id}/flags/{flag_id}/handled": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                flag_id: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "note": "Called them; seen by their doctor today."
                 *     }
                 */
                "application/json": {
                    note: string;
                };
            };
        };
        responses: {
            /** @description Marked handled */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        flag: {
                            handled_at: number;
                            id: string;
                            note: string;
                            open: boolean;
                        };
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "get/api/v1/care/members/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "post/api/v1/care/members/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "body": "How did the bridges feel?"
                 *     }
                 */
                "application/json": {
                    body: string;
                };
            };
        };
        responses: {
            /** @description Sent */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: components["schemas"]["Message"];
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "post/api/v1/care/members/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "body": "Sitting tolerance improving."
                 *     }
                 */
                "application/json": {
                    body: string;
                };
            };
        };
        responses: {
            /** @description Written */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        note: components["schemas"]["ClinicalNote"];
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "put/api/v1/care/members/{id}/program": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "exercises": [
                 *         {
                 *           "exercise_id": "bridge",
                 *           "reps": 8,
                 *           "sets": 2
                 *         }
                 *       ],
                 *       "note": "A little less for now."
                 *     }
                 */
                "application/json": {
                    exercises: {
                        exercise_id: string;
                        hold_seconds?: number;
                        reps?: number;
                        rest_seconds?: number;
                        sets?: number;
                        /** @enum {string} */
                        sides?: "both" | "each";
                    }[];
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        program_override: {
                            applied: boolean;
                            applied_at: number;
                            created_at: number;
                            exercises: {
                                exercise_id: string;
                                hold_seconds: number;
                                reps: number;
                                rest_seconds: number;
                                sets: number;
                                /** @enum {string} */
                                sides: "both" | "each";
                            }[];
                            id: string;
                            in_force: string;
                            note: string;
                        };
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "get/api/v1/care/queue": {
        parameters: {
            query?: {
                after?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        members: components["schemas"]["QueueEntry"][];
                        next_after?: string | null;
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "post/api/v1/eligibility/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "date_of_birth": "1985-04-12",
                 *       "enrollment_code": "DEMO",
                 *       "first_name": "Maya",
                 *       "last_name": "Fernsby"
                 *     }
                 */
                "application/json": {
                    date_of_birth: string;
                    email?: string | null;
                    enrollment_code?: string | null;
                    first_name: string;
                    last_name: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        eligible: boolean;
                        organization: string;
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "get/api/v1/exercises": {
        parameters: {
            query?: {
                equipment?: "mat" | "band" | "chair" | "wall" | "pillow" | "strap" | "ice";
                kind?: "strength" | "mobility" | "stretch" | "aerobic" | "technique";
                pattern?: string;
                position?: "standing" | "sitting" | "floor" | "kneeling" | "prone" | "supine" | "side_lying";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        exercises: components["schemas"]["ExerciseSummary"][];
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "get/api/v1/exercises/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Exercise"];
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "get/api/v1/flare-questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        questions: {
                            answer: (boolean | ("none" | "left" | "right" | "both"))[];
                            field: string;
                            question: string;
                        }[];
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "get/api/v1/instruments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        instruments: components["schemas"]["Instrument"][];
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "get/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        account: components["schemas"]["Account"];
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "delete/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "password": "willow-copper-stone-5"
                 *     }
                 */
                "application/json": {
                    password: string;
                };
            };
        };
        responses: {
            /** @description Deleted, with every record of your health */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "get/api/v1/me/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        past: components["schemas"]["Appointment"][];
                        upcoming: components["schemas"]["Appointment"][];
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "post/api/v1/me/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "starts_at": 1893456000000
                 *     }
                 */
                "application/json": {
                    ends_at?: number;
                    starts_at: number;
                };
            };
        };
        responses: {
            /** @description Booked */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        appointment: components["schemas"]["Appointment"];
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "delete/api/v1/me/appointments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cancelled */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        appointment: components["schemas"]["Appointment"];
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "patch/api/v1/me/appointments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "starts_at": 1893459600000
                 *     }
                 */
                "application/json": {
                    ends_at?: number;
                    starts_at: number;
                };
            };
        };
        responses: {
            /** @description Moved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        appointment: components["schemas"]["Appointment"];
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "get/api/v1/me/appointments/{id}/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The visit as iCalendar */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "get/api/v1/me/appointments/slots": {
        parameters: {
            query?: {
                from?: number;
                to?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        from: number;
                        slots: {
                            ends_at: number;
                            starts_at: number;
                        }[];
                        to: number;
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "get/api/v1/me/assessment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assessment: components["schemas"]["Assessment"] | null;
                        has_program: boolean;
                        intake?: {
                            [key: string]: unknown;
                        };
                        taken_at?: number;
                        taken_on?: string;
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "get/api/v1/me/calendar-feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        created_at?: number;
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "post/api/v1/me/calendar-feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A new feed address, shown once */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        created_at: number;
                        path: string;
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "delete/api/v1/me/calendar-feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The feed has stopped */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "get/api/v1/me/checkins": {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        checkins: {
                            at: number;
                            flare: boolean;
                            id: string;
                            notes: string | null;
                            pain: number;
                        }[];
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "post/api/v1/me/checkins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "flare": false,
                 *       "notes": "Stiff after the drive.",
                 *       "pain": 3
                 *     }
                 */
                "application/json": {
                    flare: boolean;
                    flare_check?: components["schemas"]["FlareCheckAnswers"] | null;
                    notes?: string | null;
                    pain: number;
                };
            };
        };
        responses: {
            /** @description Stored */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        advice: string;
                        at: number;
                        flare: boolean;
                        flare_check?: components["schemas"]["FlareOutcome"];
                        id: string;
                        pain: number;
                        pain_words: string;
                        paused?: boolean;
                        safety_questions?: {
                            answer: unknown[];
                            field: string;
                            question: string;
                        }[];
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "put/api/v1/me/contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "call_time": "weekdays after 5 pm",
                 *       "phone": "+1 555 0100"
                 *     }
                 */
                "application/json": {
                    call_time?: string | null;
                    phone?: string | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        account: components["schemas"]["Account"];
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "get/api/v1/me/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A FHIR R4 Bundle */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        entry: {
                            resource: {
                                [key: string]: unknown;
                            };
                        }[];
                        /** @enum {string} */
                        resourceType: "Bundle";
                        type: string;
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "post/api/v1/me/instruments/{id}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "answers": [
                 *         {
                 *           "item": "pain",
                 *           "value": 4
                 *         }
                 *       ],
                 *       "client_id": "nprs-2026-12-07"
                 *     }
                 */
                "application/json": {
                    answers: {
                        item: string;
                        named?: string;
                        value: number;
                    }[];
                    client_id?: string;
                };
            };
        };
        responses: {
            /** @description The same client_id again: the first answer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstrumentScore"];
                };
            };
            /** @description Scored and stored */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstrumentScore"];
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "post/api/v1/me/intake": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "age": 35,
                 *       "aggravating": [
                 *         "stairs",
                 *         "standing_one_leg",
                 *         "car_transfer"
                 *       ],
                 *       "duration_weeks": 4,
                 *       "locations": [
                 *         "sacrum_left",
                 *         "buttock_left",
                 *         "low_back"
                 *       ],
                 *       "pain_now": 4,
                 *       "points_to_one_spot": true,
                 *       "prefs": {
                 *         "minutes_per_day": 30
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Intake"];
            };
        };
        responses: {
            /** @description Assessed; a program when it is safe to start one */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assessment: components["schemas"]["Assessment"];
                        program?: components["schemas"]["Program"];
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "get/api/v1/me/intake/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        draft: {
                            answers: {
                                [key: string]: unknown;
                            };
                            saved_at: number;
                            step: string;
                        } | null;
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "put/api/v1/me/intake/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "answers": {
                 *         "age": 41,
                 *         "pain_now": 4
                 *       },
                 *       "step": "pain"
                 *     }
                 */
                "application/json": {
                    answers: {
                        [key: string]: unknown;
                    };
                    step: string;
                };
            };
        };
        responses: {
            /** @description Kept */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        saved_at: number;
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "delete/api/v1/me/intake/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Forgotten */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "get/api/v1/me/language": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        in_use: "en" | "es";
                        /** @enum {string|null} */
                        language: "en" | "es" | null;
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "put/api/v1/me/language": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "language": "es"
                 *     }
                 */
                "application/json": {
                    /** @enum {string|null} */
                    language: "en" | "es" | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        in_use: "en" | "es";
                        /** @enum {string|null} */
                        language: "en" | "es" | null;
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "get/api/v1/me/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "post/api/v1/me/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "body": "My back is stiff this morning."
                 *     }
                 */
                "application/json": {
                    body: string;
                };
            };
        };
        responses: {
            /** @description Sent */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: components["schemas"]["Message"];
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "post/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "current_password": "willow-copper-stone-5",
                 *       "new_password": "heron-lantern-quartz-9"
                 *     }
                 */
                "application/json": {
                    current_password: string;
                    new_password: string;
                };
            };
        };
        responses: {
            /** @description Changed; every other session has ended */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "get/api/v1/me/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        prefs: components["schemas"]["Preferences"];
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "put/api/v1/me/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "equipment": [
                 *         "mat",
                 *         "chair"
                 *       ],
                 *       "floor_ok": true,
                 *       "kneeling_ok": false,
                 *       "minutes_per_day": 20
                 *     }
                 */
                "application/json": components["schemas"]["Preferences"];
            };
        };
        responses: {
            /** @description The program is rebuilt; changes says what changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        changes: string[];
                        prefs: components["schemas"]["Preferences"];
                        program: components["schemas"]["Program"];
                        therapist_plan?: string;
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "get/api/v1/me/program": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        paused: boolean;
                        program: components["schemas"]["Program"];
                        program_day: number;
                        sessions: number;
                        started_on: string;
                        therapist_change: components["schemas"]["TherapistChange"] | null;
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "get/api/v1/me/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        adherence: {
                            active_days: number;
                            planned_days: number;
                            sessions_done: number;
                            streak_days: number;
                        };
                        instruments: {
                            [key: string]: {
                                band: string | null;
                                score: number;
                                taken_at: number;
                            }[];
                        };
                        levels: {
                            at: number;
                            paused: boolean;
                            phase: string;
                            sessions: number;
                            steps_up: number;
                        }[];
                        pain: {
                            checkins: {
                                at: number;
                                flare: boolean;
                                pain: number;
                            }[];
                            sessions: {
                                at: number;
                                exercises_done: number;
                                exercises_planned: number;
                                next_morning_pain: number | null;
                                pain_after: number;
                                pain_before: number;
                            }[];
                        };
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "get/api/v1/me/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PracticeReminders"];
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "put/api/v1/me/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "days": [
                 *         1,
                 *         3,
                 *         5
                 *       ],
                 *       "time": "07:30",
                 *       "time_zone": "Europe/Madrid"
                 *     }
                 */
                "application/json": {
                    days: number[];
                    time: string;
                    time_zone: string;
                };
            };
        };
        responses: {
            /** @description The reminders as kept */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PracticeReminders"];
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "get/api/v1/me/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One printable HTML page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "get/api/v1/me/second-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        enrolled: boolean;
                        recovery_codes_left: number;
                        required: boolean;
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "post/api/v1/me/second-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A new secret to confirm with a first code */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        otpauth_uri: string;
                        secret: string;
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "post/api/v1/me/second-factor/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "code": "123456"
                 *     }
                 */
                "application/json": {
                    code: string;
                };
            };
        };
        responses: {
            /** @description Two-step login is on; the recovery codes, shown once */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        recovery_codes: string[];
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "get/api/v1/me/session/today": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        date: string;
                        exercises: components["schemas"]["TodayExercise"][];
                        note: string;
                        paused: boolean;
                        program_day: number;
                        resting: components["schemas"]["TodayExercise"][];
                        strength_day: boolean;
                        therapist_change: components["schemas"]["TherapistChange"] | null;
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "post/api/v1/me/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "client_id": "2026-12-07-morning",
                 *       "exercises": [
                 *         {
                 *           "difficulty": "right",
                 *           "exercise_id": "bridge",
                 *           "pain": 2
                 *         }
                 *       ],
                 *       "pain_after": 3,
                 *       "pain_before": 3
                 *     }
                 */
                "application/json": components["schemas"]["SessionReport"];
            };
        };
        responses: {
            /** @description The same client_id again: the first answer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionAnswer"];
                };
            };
            /** @description Stored and judged */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionAnswer"];
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "get/api/v1/org/report": {
        parameters: {
            query?: {
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        engagement: {
                            active_last_30_days: number | null;
                            finished_intake: number | null;
                            logged_a_session: number | null;
                            messaged_care_team: number | null;
                            percent_active_last_30_days: number | null;
                        };
                        enrolment: {
                            accounts: number | null;
                            percent_signed_up: number | null;
                            roster_size: number | null;
                        };
                        note: string;
                        organization: {
                            id: string;
                            name: string;
                        };
                        outcomes: {
                            pain_compared: number | null;
                            pain_improved_2_points: number | null;
                            percent_pain_improved: number | null;
                        };
                        period: {
                            from: string;
                            months: {
                                members_logging_sessions: number | null;
                                month: string;
                                sessions_logged: number | null;
                            }[];
                            to: string;
                        };
                        smallest_shown_cell: number;
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "get/api/v1/org/report/csv": {
        parameters: {
            query?: {
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The trend as CSV */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "get/api/v1/pain-scale": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        scale: {
                            pain: number;
                            words: string;
                        }[];
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "get/api/v1/patterns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        patterns: components["schemas"]["PatternSummary"][];
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "get/api/v1/patterns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pattern"];
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "get/api/v1/search": {
        parameters: {
            query?: {
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        hits: {
                            id: string;
                            /** @enum {string} */
                            kind: "exercise" | "pattern" | "article";
                            snippet: string;
                            title: string;
                            url: string;
                        }[];
                        q: string;
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "get/api/v1/visits/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        appointment: {
                            ends_at: number;
                            id: string;
                            starts_at: number;
                            status: string;
                        };
                        other: {
                            first_name: string;
                            name: string;
                            /** @enum {string} */
                            role: "member" | "therapist";
                        };
                        room: {
                            closes_at: number;
                            detail: string;
                            open: boolean;
                            opens_at: number;
                            other_present: boolean;
                        };
                        visit: components["schemas"]["Visit"] | null;
                        /** @enum {string} */
                        you: "member" | "therapist";
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "get/api/v1/visits/{id}/ice": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        expires_at: number;
                        ice_servers: {
                            credential?: string;
                            urls: string[];
                            username?: string;
                        }[];
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "put/api/v1/visits/{id}/note": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "note": "Reviewed the bridge; moving to single-leg next week."
                 *     }
                 */
                "application/json": {
                    note: string;
                };
            };
        };
        responses: {
            /** @description Written */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        visit: components["schemas"]["Visit"] | null;
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "get/api/v1/visits/{id}/signal": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Switching to the WebSocket of the visit room */
            101: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "get/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "get/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Prometheus text exposition */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "get/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ready";
                        /** @enum {string} */
                        store: "sqlite" | "postgresql";
                    };
                };
            };
            /** @description The request is malformed; errors[] names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
