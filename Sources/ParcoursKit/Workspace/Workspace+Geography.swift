import ParcoursDomain
import ParcoursGeography

extension Workspace {
    /// The official geographic code shipped with Parcours (INSEE's COG), loaded once per
    /// process when a command, a report or a screen first needs it; `Geography.none` when
    /// its files were not installed beside the binary (communes then stay free text).
    public static var geography: Geography { OfficialGeography.shared }

    /// Which edition, and whether the files were found.
    public static var geographyEdition: String? { OfficialGeography.isAvailable ? OfficialGeography.edition : nil }
}
