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
    "/api/v1/care/members/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A member's record for their assigned therapist or an admin (notes: therapists only). */
        get: operations["get/api/v1/care/members/{id}"];
        put?: never;
        post?: never;
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
        /** Members ranked by need with the reasons in words; a therapist sees their own members, an admin all. */
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
    "/api/v1/instruments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The outcome questionnaires (e.g. nprs, psfs, phq9, gad7) with every question, its answers, the bands of the score and the licence, so a client can draw the forms. */
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
        /** Send the intake questions (docs/api.md); answers the assessment and, when it is safe, a program. */
        post: operations["post/api/v1/me/intake"];
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
    "/api/v1/me/session/today": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Today's exercises with their dose and why; strength work rests between strength days. */
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
        /** How a session went ({client_id, pain_before, pain_after, next_morning_pain?, exercises, flare_check?}); answers what changed in your program and why. Sending the same client_id again returns the first answer. */
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
        /** Your organization's enrolment and engagement, de-identified (cells under 11 people hidden). Organization admins only. */
        get: operations["get/api/v1/org/report"];
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
            date_of_birth?: string;
            email: string;
            first_name: string;
            id: string;
            last_name: string;
            organization_id: string | null;
            /** @enum {string} */
            role: "member" | "therapist" | "org_admin" | "admin";
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
                date_of_birth: string;
                email: string;
                enrolled_at: number;
                first_name: string;
                id: string;
                last_name: string;
                organization_id: string;
            };
            notes?: components["schemas"]["ClinicalNote"][];
            program: {
                [key: string]: unknown;
            } | null;
            program_override: {
                [key: string]: unknown;
            } | null;
            therapist_id: string;
            unread_messages: number;
        };
        /** Message */
        Message: {
            body: string;
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
        /** Prescription */
        Prescription: {
            cautions?: string[];
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
            reasons: string[];
            score: number;
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
        /** TodayExercise */
        TodayExercise: {
            cautions?: string[];
            exercise_id: string;
            hold_seconds: number;
            keyframes: string;
            minutes?: number;
            name: string;
            reps: number;
            rest_seconds: number;
            sets: number;
            /** @enum {string} */
            sides: "both" | "each";
            why: string;
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
                    date_of_birth: string;
                    email: string;
                    enrollment_code?: string | null;
                    first_name: string;
                    last_name: string;
                    password: string;
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
                        members: components["schemas"]["QueueEntry"][];
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
                        therapist_change: {
                            [key: string]: unknown;
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
