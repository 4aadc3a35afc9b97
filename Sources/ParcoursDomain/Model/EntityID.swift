/// Ids are random ASCII slugs drawn by `Context.newID()`; names are labels, never keys.
public typealias EntityID = String
