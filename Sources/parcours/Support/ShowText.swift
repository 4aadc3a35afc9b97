import ParcoursDomain
import ParcoursKit

/// The text layout of `show`, for a person reading a terminal.
struct ShowText {
    let language: Language
    let state: State

    private func fr(_ french: String, _ english: String) -> String { language == .fr ? french : english }
    private func stage(_ id: String?) -> String { id.flatMap(Stage.init(rawValue:)).map { Catalog.label($0, language) } ?? "—" }
    private func status(_ id: String?) -> String { id.flatMap(ProjectStatus.init(rawValue:)).map { Catalog.label($0, language) } ?? "—" }
    private func participation(_ id: String) -> String {
        ParticipationStatus(rawValue: id).map { Catalog.label($0, language) } ?? id
    }
    private func mark(_ id: String?) -> String { id.flatMap(Mark.init(rawValue:)).map { Catalog.label($0, language) } ?? "—" }

    func holder(_ d: Details.HolderDetail) {
        print("\(d.name)  (\(d.id))")
        let kind = HolderKind(rawValue: d.holderKind).map { Catalog.label($0, language) } ?? d.holderKind
        print("  \(fr("Type :", "Kind:")) \(kind)")
        if let commune = d.commune { print("  \(fr("Commune :", "Town:")) \(commune)") }
        if let email = d.email { print("  \(fr("Courriel :", "E-mail:")) \(email)") }
        if let phone = d.phone { print("  \(fr("Téléphone :", "Phone:")) \(phone)") }
        if let referred = d.referredBy { print("  \(fr("Orienté par :", "Referred by:")) \(referred)") }
        if let referent = d.referent { print("  \(fr("Référent·e :", "Referent:")) \(referent)") }
        for scope in ConsentScope.allCases {
            guard let day = d.consents[scope.rawValue] else { continue }
            let values = (scope == .obstacles ? d.obstacles : d.profile).map { Catalog.sensitiveLabel($0, scope, language) }
            let title = Catalog.consentScope(scope, language)
            print("  \(title.prefix(1).uppercased() + title.dropFirst()) (\(fr("consentement du", "consent of")) \(day)): "
                  + (values.isEmpty ? fr("aucun", "none") : values.joined(separator: ", ")))
        }
        if !d.tags.isEmpty { print("  \(fr("Étiquettes :", "Tags:")) \(d.tags.joined(separator: ", "))") }
        if let created = d.created { print("  \(fr("Enregistré le :", "Recorded on:")) \(created)") }
        for p in d.participations {
            print("  \(fr("Promotion :", "Cohort:")) \(p.programme) › \(p.cohort) — \(participation(p.status))")
            for c in p.history {
                let from = c.from.map { participation($0) + " → " } ?? ""
                print("    \(c.date)  \(from)\(participation(c.to))  (\(c.author))\(c.reason.map { " — \($0)" } ?? "")")
            }
        }
        for p in d.projects { project(p, indent: "  ") }
        if !d.attendance.isEmpty {
            print("  \(fr("Présences :", "Attendance:"))")
            for m in d.attendance {
                let remote = m.remote ? fr(" (à distance)", " (remote)") : ""
                print("    \(m.date)  \(m.session) — \(mark(m.mark))\(remote)\(m.remark.map { " — \($0)" } ?? "")")
            }
        }
        if !d.applications.isEmpty {
            print("  \(fr("Candidatures :", "Applications:"))")
            applications(d.applications, showCall: true, indent: "    ")
        }
        notes(d.notes, indent: "  ")
        changes(d.changes, indent: "  ")
    }

    func project(_ p: Details.ProjectDetail, indent: String = "") {
        print("\(indent)\(fr("Projet :", "Project:")) \(p.title)  (\(p.id))")
        print("\(indent)  \(fr("Étape :", "Stage:")) \(stage(p.stage)) \(fr("depuis le", "since")) \(p.stageSince) — \(status(p.status))")
        if !p.holders.isEmpty { print("\(indent)  \(fr("Porteurs :", "Holders:")) \(p.holders.joined(separator: ", "))") }
        if let description = p.description { print("\(indent)  \(fr("Description :", "Description:")) \(description)") }
        if !p.sectors.isEmpty { print("\(indent)  \(fr("Secteurs :", "Sectors:")) \(p.sectors.joined(separator: ", "))") }
        if let commune = p.commune { print("\(indent)  \(fr("Commune :", "Town:")) \(commune)") }
        if let form = p.legalForm { print("\(indent)  \(fr("Forme juridique :", "Legal form:")) \(form)") }
        if let created = p.alreadyCreated {
            print("\(indent)  \(fr("Déjà créé à l'entrée :", "Already created when it came in:")) \(created ? fr("oui", "yes") : fr("non", "no"))")
        }
        for s in p.stageHistory {
            print("\(indent)  \(s.date)  \(stage(s.from)) → \(stage(s.to))  (\(s.author))\(s.note.map { " — \($0)" } ?? "")")
        }
        for s in p.statusHistory {
            let destination = s.destination.map { " → \($0)" } ?? ""
            print("\(indent)  \(s.date)  \(status(s.from)) → \(status(s.to))\(destination)  (\(s.author))\(s.note.map { " — \($0)" } ?? "")")
        }
        if let idea = p.idea { ideaOrigin(idea, indent: indent + "  ") }
        for f in p.legalForms {
            print("\(indent)  \(f.date)  \(fr("Forme juridique", "Legal form")): \(f.from ?? "—") → \(f.to ?? "—")  (\(f.author))")
        }
        if !p.milestones.isEmpty {
            print("\(indent)  \(fr("Jalons", "Milestones")):")
            for m in p.milestones {
                let name = m.title ?? StandardMilestone(rawValue: m.id).map { Catalog.label($0, language) } ?? m.id
                print("\(indent)    \(m.date)  \(name)")
            }
        }
        if !p.needs.isEmpty {
            print("\(indent)  \(fr("Besoins", "Needs")):")
            for n in p.needs {
                let kind = NeedKind(rawValue: n.kind).map { Catalog.label($0, language) } ?? n.kind
                let state = n.resolved.map { fr("résolu le ", "resolved on ") + $0 } ?? fr("ouvert", "open")
                print("\(indent)    \(n.opened)  \(kind) — \(state)\(n.description.map { " — \($0)" } ?? "")\(n.resolution.map { " — \($0)" } ?? "")")
            }
        }
        if !p.followUps.isEmpty {
            print("\(indent)  \(fr("Suivis après le parcours", "Follow-ups after the programme")):")
            for f in p.followUps {
                let found = FollowUpActivity(rawValue: f.activity).map {
                    Catalog.finding(FollowUp(wave: f.waveMonths, activity: $0, jobsCreated: f.jobsCreated, jobsKept: f.jobsKept,
                                             structure: f.structure, date: Day(year: 1970, month: 1, day: 1)!, author: f.author),
                                    language)
                } ?? f.activity
                print("\(indent)    \(f.date)  \(Catalog.wave(f.waveMonths, language)): \(found)  (\(f.author))\(f.note.map { " — \($0)" } ?? "")")
            }
        }
        notes(p.notes, indent: indent + "  ")
        changes(p.changes, indent: indent + "  ")
    }

    func cohort(_ d: Details.CohortDetail) {
        let c = d.cohort
        print("\(c.programme) › \(c.name)  (\(c.id))")
        let status = CohortStatus(rawValue: c.status).map { Catalog.label($0, language) } ?? c.status
        print("  \(c.start)\(c.end.map { " → \($0)" } ?? "") — \(status)\(c.capacity.map { fr(" — capacité \($0)", " — capacity \($0)") } ?? "")")
        print("  \(fr("Porteurs :", "Holders:")) \(c.holders)  \(fr("Candidatures :", "Candidates:")) \(c.candidates)  "
              + "\(fr("Séances tenues :", "Sessions held:")) \(c.sessionsHeld)/\(c.sessionsHeld + c.sessionsPlanned)"
              + "  \(fr("Assiduité :", "Attendance:")) \(c.attendanceRate.map { Percent.text($0) } ?? "—")")
        if !d.staff.isEmpty {
            let staff = d.staff.map { "\($0.name) (\(StaffRole(rawValue: $0.role).map { Catalog.label($0, language) } ?? $0.role))" }
            print("  \(fr("Équipe :", "Staff:")) \(staff.joined(separator: ", "))")
        }
        print("  \(fr("Participants :", "Participants:"))")
        for p in d.participants {
            print("    \(p.name) — \(participation(p.status))\(p.project.map { " — \($0)" } ?? "") — \(stage(p.stage))")
        }
        print("  \(fr("Séances :", "Sessions:"))")
        for s in d.sessions { sessionLine(s, indent: "    ") }
        changes(d.changes, indent: "  ")
    }

    func programme(_ d: Details.ProgrammeDetail) {
        print("\(d.programme.name)  (\(d.programme.id))")
        if !d.programme.operators.isEmpty { print("  \(fr("Opérateurs :", "Operators:")) \(d.programme.operators.joined(separator: ", "))") }
        if let type = d.programme.type {
            print("  \(fr("Type :", "Type:")) \(ProgrammeType(rawValue: type).map { Catalog.label($0, language) } ?? type)")
        }
        if !d.territory.isEmpty { print("  \(fr("Territoire :", "Territory:")) \(d.territory.joined(separator: ", "))") }
        if !d.partners.isEmpty {
            let partners = d.partners.map { "\($0.name) (\(Catalog.partnerRole($0.role, language)))" }
            print("  \(fr("Partenaires :", "Partners:")) \(partners.joined(separator: ", "))")
        }
        if !d.programme.targetStages.isEmpty {
            print("  \(fr("Étapes visées :", "Target stages:")) \(d.programme.targetStages.map { stage($0) }.joined(separator: ", "))")
        }
        if let target = d.targetPublic { print("  \(fr("Public :", "Public:")) \(target)") }
        print("  \(fr("Modèle :", "Template:"))")
        for w in d.template {
            let duration = w.durationMinutes.map { Catalog.duration(TimeSpan(minutes: $0), language) } ?? ""
            print("    \(w.position). \(w.title)  \(duration)\(w.by.map { " — \($0)" } ?? "")")
            if let objectives = w.objectives { print("       \(fr("Objectifs :", "Objectives:")) \(objectives)") }
        }
        print("  \(fr("Promotions :", "Cohorts:"))")
        for c in d.cohorts { print("    \(c.name) — \(c.start) — \(c.holders) \(fr("porteurs", "holders"))") }
        changes(d.changes, indent: "  ")
    }

    func organisation(_ d: Details.OrganisationDetail) {
        let kind = OrganisationKind(rawValue: d.organisation.kind).map { Catalog.label($0, language) } ?? d.organisation.kind
        print("\(d.organisation.name) — \(kind)  (\(d.organisation.id))")
        if !d.programmes.isEmpty {
            print("  \(fr("Dispositifs :", "Programmes:"))")
            for line in d.programmes {
                let role = line.role == "operator" ? fr("opérateur", "operator") : Catalog.partnerRole(line.role, language)
                print("    \(line.programme) — \(role)")
            }
        }
        if d.referred > 0 { print("  \(fr("Porteurs orientés :", "Holders referred:")) \(d.referred)") }
        print("  \(fr("Contacts :", "Contacts:"))\(d.contacts.isEmpty ? fr(" aucun", " none") : "")")
        for c in d.contacts {
            let dates: String
            switch (c.from, c.to) {
            case (let from?, let to?): dates = fr("du \(from) au \(to)", "from \(from) to \(to)")
            case (let from?, nil): dates = fr("depuis le \(from)", "since \(from)")
            case (nil, let to?): dates = fr("jusqu’au \(to)", "until \(to)")
            case (nil, nil): dates = ""
            }
            let parts = [c.role, dates.isEmpty ? nil : dates, c.email, c.phone, c.current ? nil : fr("parti·e", "left")].compactMap { $0 }
            print("    \(c.name)\(parts.isEmpty ? "" : " — " + parts.joined(separator: " — "))  (\(c.id))")
        }
        changes(d.changes, indent: "  ")
    }

    func session(_ d: Details.SessionDetail) {
        sessionLine(d.session, indent: "")
        if !d.session.facilitators.isEmpty { print("  \(fr("Animé par :", "Facilitated by:")) \(d.session.facilitators.joined(separator: ", "))") }
        for m in d.marks {
            print("  \(m.holder) — \(mark(m.mark))\(m.remote ? fr(" (à distance)", " (remote)") : "")\(m.remark.map { " — \($0)" } ?? "")")
        }
    }

    func sessionLine(_ s: Listing.SessionRow, indent: String) {
        let kind = SessionKind(rawValue: s.kind).map { Catalog.label($0, language) } ?? s.kind
        let status = SessionStatus(rawValue: s.status).map { Catalog.label($0, language) } ?? s.status
        let duration = Catalog.duration(TimeSpan(minutes: s.durationMinutes), language)
        print("\(indent)\(s.date) \(s.time ?? "     ")  \(s.title) — \(kind), \(duration)\(s.venue.map { ", \($0)" } ?? "") — \(status)  (\(s.id))")
    }

    /// Corrections: when, who, what changed from what.
    func changes(_ changes: [Details.ChangeLine], indent: String) {
        guard !changes.isEmpty else { return }
        print("\(indent)\(fr("Corrections :", "Corrections:"))")
        for c in changes { print("\(indent)  \(c.date)  \(c.author): \(c.text)") }
    }

    private func notes(_ notes: [Details.NoteLine], indent: String) {
        guard !notes.isEmpty else { return }
        print("\(indent)\(fr("Carnet de bord :", "Logbook:"))")
        for n in notes { print("\(indent)  \(n.date)  \(n.author): \(n.text)") }
    }
}

enum Percent {
    static func text(_ rate: Double) -> String { "\(Int((rate * 100).rounded())) %" }
}

