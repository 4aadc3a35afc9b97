/// Every French and English label and message of the domain. The interface adds its
/// own strings in the same style: one function per thing, a switch per language.
public enum Catalog {
    static func pick(_ language: Language, _ fr: String, _ en: String) -> String {
        language == .fr ? fr : en
    }

    public static func label(_ value: Stage, _ l: Language) -> String {
        switch value {
        case .envie: pick(l, "Envie d'entreprendre", "Wish to start")
        case .idee: pick(l, "Idée", "Idea")
        case .emergence: pick(l, "Émergence", "Emergence")
        case .etude: pick(l, "Étude", "Feasibility study")
        case .test: pick(l, "Test", "Test")
        case .creation: pick(l, "Création", "Launch")
        case .consolidation: pick(l, "Consolidation", "Consolidation")
        case .developpement: pick(l, "Développement", "Development")
        }
    }

    public static func label(_ value: MacroStage, _ l: Language) -> String {
        switch value {
        case .premiersPas: pick(l, "Premiers pas", "First steps")
        case .creation: pick(l, "Création", "Creation")
        case .consolidation: pick(l, "Consolidation", "Consolidation")
        case .developpement: pick(l, "Développement", "Development")
        }
    }

    public static func label(_ value: ProjectStatus, _ l: Language) -> String {
        switch value {
        case .actif: pick(l, "Actif", "Active")
        case .enPause: pick(l, "En pause", "On hold")
        case .abandonne: pick(l, "Abandonné", "Abandoned")
        case .reoriente: pick(l, "Réorienté", "Redirected")
        case .oriente: pick(l, "Orienté", "Referred on")
        case .fusionne: pick(l, "Fusionné", "Merged")
        case .integre: pick(l, "Intégré", "Integrated")
        case .cesse: pick(l, "Cessé", "Ceased")
        }
    }

    public static func label(_ value: ParticipationStatus, _ l: Language) -> String {
        switch value {
        case .candidat: pick(l, "candidat", "applicant")
        case .retenu: pick(l, "retenu", "selected")
        case .nonRetenu: pick(l, "non retenu", "not selected")
        case .inscrit: pick(l, "inscrit", "enrolled")
        case .enCours: pick(l, "en cours", "in progress")
        case .termine: pick(l, "terminé", "completed")
        case .sorti: pick(l, "sorti", "left")
        case .transfere: pick(l, "transféré", "transferred")
        }
    }

    public static func label(_ value: Mark, _ l: Language) -> String {
        switch value {
        case .present: pick(l, "présent", "present")
        case .absent: pick(l, "absent", "absent")
        case .excuse: pick(l, "excusé", "excused")
        }
    }

    public static func label(_ value: AttendanceMode, _ l: Language) -> String {
        switch value {
        case .inPerson: pick(l, "sur place", "in person")
        case .remote: pick(l, "à distance", "remote")
        }
    }

    public static func label(_ value: SessionKind, _ l: Language) -> String {
        switch value {
        case .atelier: pick(l, "atelier", "workshop")
        case .individuel: pick(l, "rendez-vous individuel", "individual meeting")
        case .bilan: pick(l, "bilan", "review")
        case .visite: pick(l, "visite", "visit")
        case .reunion: pick(l, "réunion", "meeting")
        }
    }

    public static func label(_ value: SessionStatus, _ l: Language) -> String {
        switch value {
        case .planned: pick(l, "prévue", "planned")
        case .held: pick(l, "tenue", "held")
        case .cancelled: pick(l, "annulée", "cancelled")
        }
    }

    public static func label(_ value: OrganisationKind, _ l: Language) -> String {
        switch value {
        case .operator: pick(l, "opérateur", "operator")
        case .partner: pick(l, "partenaire", "partner")
        case .funder: pick(l, "financeur", "funder")
        case .prescriber: pick(l, "prescripteur", "referrer")
        case .venue: pick(l, "lieu d'accueil", "venue")
        case .other: pick(l, "autre", "other")
        }
    }

    public static func label(_ value: HolderKind, _ l: Language) -> String {
        switch value {
        case .person: pick(l, "personne", "person")
        case .collective: pick(l, "collectif", "collective")
        case .structure: pick(l, "structure", "organisation")
        }
    }

    public static func label(_ value: StaffRole, _ l: Language) -> String {
        switch value {
        case .coordinator: pick(l, "coordinateur·rice", "coordinator")
        case .referent: pick(l, "référent·e", "referent")
        case .facilitator: pick(l, "animateur·rice", "facilitator")
        case .intervenant: pick(l, "intervenant·e", "guest speaker")
        case .temoin: pick(l, "témoin", "testimony speaker")
        }
    }

    public static func label(_ value: CohortStatus, _ l: Language) -> String {
        switch value {
        case .planned: pick(l, "prévue", "planned")
        case .recruiting: pick(l, "en recrutement", "recruiting")
        case .running: pick(l, "en cours", "running")
        case .closed: pick(l, "clôturée", "closed")
        }
    }

    public static func label(_ value: Weekday, _ l: Language) -> String {
        switch value {
        case .monday: pick(l, "lundi", "Monday")
        case .tuesday: pick(l, "mardi", "Tuesday")
        case .wednesday: pick(l, "mercredi", "Wednesday")
        case .thursday: pick(l, "jeudi", "Thursday")
        case .friday: pick(l, "vendredi", "Friday")
        case .saturday: pick(l, "samedi", "Saturday")
        case .sunday: pick(l, "dimanche", "Sunday")
        }
    }

    public static func label(_ value: EntityKind, _ l: Language) -> String {
        switch value {
        case .organisation: pick(l, "structure", "organisation")
        case .programme: pick(l, "dispositif", "programme")
        case .cohort: pick(l, "promotion", "cohort")
        case .holder: pick(l, "porteur", "holder")
        case .project: pick(l, "projet", "project")
        case .session: pick(l, "séance", "session")
        case .workshop: pick(l, "atelier du modèle", "template workshop")
        case .note: pick(l, "note", "note")
        case .staff: pick(l, "membre de l'équipe", "staff member")
        case .holderOrProject: pick(l, "porteur ou projet", "holder or project")
        case .milestone: pick(l, "jalon", "milestone")
        case .programmeOrCohort: pick(l, "dispositif ou promotion", "programme or cohort")
        case .questionnaire: pick(l, "questionnaire", "questionnaire")
        case .question: pick(l, "question", "question")
        case .juryMember: pick(l, "membre du jury", "jury member")
        case .contact: pick(l, "contact", "contact person")
        case .openEvent: pick(l, "événement", "event")
        case .idea: pick(l, "idée", "idea")
        case .call: pick(l, "appel à candidatures", "call for applications")
        case .criterion: pick(l, "critère", "criterion")
        case .person: pick(l, "personne", "person")
        case .venue: pick(l, "lieu", "venue")
        }
    }

    public static func label(_ value: QuestionnaireKind, _ l: Language) -> String {
        switch value {
        case .intake: pick(l, "entrée", "intake")
        case .exit: pick(l, "sortie", "exit")
        case .followUp: pick(l, "suivi", "follow-up")
        }
    }

    public static func label(_ value: QuestionType, _ l: Language) -> String {
        switch value {
        case .scale: pick(l, "échelle de 0 à 10", "scale 0 to 10")
        case .yesNo: pick(l, "oui ou non", "yes or no")
        case .choice: pick(l, "choix", "choice")
        case .text: pick(l, "texte libre", "free text")
        }
    }

    public static func label(_ value: JuryLevel, _ l: Language) -> String {
        switch value {
        case .insuffisant: pick(l, "insuffisant", "insufficient")
        case .aConforter: pick(l, "à conforter", "needs strengthening")
        case .satisfaisant: pick(l, "satisfaisant", "satisfactory")
        case .tresSatisfaisant: pick(l, "très satisfaisant", "very satisfactory")
        }
    }

    public static func label(_ value: JuryDecision, _ l: Language) -> String {
        switch value {
        case .poursuivre: pick(l, "poursuivre", "continue")
        case .orienter: pick(l, "orienter vers un autre dispositif", "refer on")
        case .reorienter: pick(l, "réorienter", "reorient")
        case .arreter: pick(l, "arrêter", "stop")
        }
    }

    /// A typed text, with its article, for messages ("Trop long pour le nom du porteur").
    public static func label(_ value: TextField, _ l: Language) -> String {
        switch value {
        case .holderName: pick(l, "le nom du porteur", "the holder's name")
        case .projectTitle: pick(l, "le titre du projet", "the project's title")
        case .programmeName: pick(l, "le nom du dispositif", "the programme's name")
        case .cohortName: pick(l, "le nom de la promotion", "the cohort's name")
        case .organisationName: pick(l, "le nom de la structure", "the organisation's name")
        case .workshopTitle: pick(l, "le titre de l'atelier du modèle", "the template workshop's title")
        case .sessionTitle: pick(l, "le titre de la séance", "the session's title")
        case .staffName: pick(l, "le nom du membre de l'équipe", "the staff member's name")
        case .commune: pick(l, "la commune", "the commune")
        case .email: pick(l, "l'adresse e-mail", "the e-mail address")
        case .phone: pick(l, "le numéro de téléphone", "the phone number")
        case .tag: pick(l, "l'étiquette", "the tag")
        case .sector: pick(l, "le secteur", "the sector")
        case .role: pick(l, "le rôle", "the role")
        case .venue: pick(l, "le lieu", "the venue")
        case .targetPublic: pick(l, "le public visé", "the target public")
        case .legalForm: pick(l, "la forme juridique", "the legal form")
        case .reason: pick(l, "la raison", "the reason")
        case .description: pick(l, "la description", "the description")
        case .author: pick(l, "le nom de l'auteur (PARCOURS_AUTHOR)", "the author's name (PARCOURS_AUTHOR)")
        case .note: pick(l, "la note", "the note")
        case .remark: pick(l, "la remarque", "the remark")
        case .objectives: pick(l, "les objectifs", "the objectives")
        case .structureName: pick(l, "le nom de la structure créée", "the name of the structure created")
        case .milestoneTitle: pick(l, "le titre du jalon", "the milestone's title")
        case .questionnaireTitle: pick(l, "le titre du questionnaire", "the questionnaire's title")
        case .questionLabel: pick(l, "le libellé de la question", "the question's label")
        case .choice: pick(l, "le choix", "the choice")
        case .juryMember: pick(l, "le nom du membre du jury", "the jury member's name")
        case .answer: pick(l, "la réponse", "the answer")
        case .comment: pick(l, "le commentaire du jury", "the jury's comment")
        case .eventTitle: pick(l, "le titre de l'événement", "the event's title")
        case .audience: pick(l, "la catégorie de public", "the audience category")
        case .ideaTitle: pick(l, "le titre de l'idée", "the idea's title")
        case .source: pick(l, "la source", "the source")
        case .need: pick(l, "le besoin", "the need")
        case .callTitle: pick(l, "le titre de l'appel", "the call's title")
        case .criterion: pick(l, "le critère", "the criterion")
        }
    }

    /// A dated fact, with its article, for messages.
    public static func label(_ value: DatedFact, _ l: Language) -> String {
        switch value {
        case .stageChange: pick(l, "le changement d'étape", "the stage change")
        case .entryDate: pick(l, "la date d'entrée", "the entry date")
        case .consent: pick(l, "la date du consentement", "the consent date")
        case .holderRecorded: pick(l, "l'arrivée du porteur", "the holder's arrival")
        case .enrolment: pick(l, "l'inscription", "the enrolment")
        case .participationChange: pick(l, "le changement de participation", "the participation change")
        case .statusChange: pick(l, "le changement de statut", "the status change")
        case .note: pick(l, "la note", "the note")
        case .transfer: pick(l, "le transfert", "the transfer")
        case .followUp: pick(l, "le suivi", "the follow-up")
        case .milestone: pick(l, "le jalon", "the milestone")
        case .need: pick(l, "le besoin", "the need")
        case .needResolution: pick(l, "la résolution du besoin", "the need's resolution")
        case .legalFormChange: pick(l, "le changement de forme juridique", "the change of legal form")
        case .answers: pick(l, "la date des réponses", "the answers' date")
        case .ideaDetected: pick(l, "la détection de l'idée", "the idea's detection")
        case .ideaStatus: pick(l, "le changement de statut de l'idée", "the idea's status change")
        case .adoption: pick(l, "l'adoption de l'idée", "the idea's adoption")
        case .application: pick(l, "la candidature", "the application")
        }
    }

    /// A day as people read it: "mar. 12/01/2021" / "Tue 2021-01-12".
    public static func day(_ d: Day, _ l: Language) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        switch l {
        case .fr: return "\(label(d.weekday, .fr).prefix(3)). \(two(d.day))/\(two(d.month))/\(d.year)"
        case .en: return "\(label(d.weekday, .en).prefix(3)) \(d.iso)"
        }
    }

    /// A day written out, as a document dates itself: "6 décembre 2026", "6 December 2026".
    public static func longDay(_ d: Day, _ l: Language) -> String {
        "\(d.day == 1 && l == .fr ? "1er" : String(d.day)) \(monthNames(l)[d.month - 1]) \(d.year)"
    }

    /// A day's month and year, as a calendar titles it: "mars 2026", "March 2026".
    public static func month(_ d: Day, _ l: Language) -> String { "\(monthNames(l)[d.month - 1]) \(d.year)" }

    static func monthNames(_ l: Language) -> [String] {
        l == .fr
            ? ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
            : ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    }

    /// A duration: "3 h 30", "1 j" in French; "3 h 30", "1 d" in English.
    public static func duration(_ t: TimeSpan, _ l: Language) -> String {
        l == .fr ? t.description : t.description.replacingOccurrences(of: " j", with: " d")
    }
}
