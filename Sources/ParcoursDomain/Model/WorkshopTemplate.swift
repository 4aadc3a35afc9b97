/// One workshop of a programme's template, in order.
public struct WorkshopTemplate: Hashable, Sendable, Codable {
    public var title: String
    public var objectives: String?
    public var duration: TimeSpan?
    /// The organisation that usually facilitates it.
    public var facilitator: EntityID?
    /// Collective workshop by default; `individuel` means one meeting per holder.
    public var kind: SessionKind

    public init(title: String, objectives: String? = nil, duration: TimeSpan? = nil,
                facilitator: EntityID? = nil, kind: SessionKind = .atelier) {
        self.title = title
        self.objectives = objectives
        self.duration = duration
        self.facilitator = facilitator
        self.kind = kind
    }
}
