/// How a typed commune is compared with the official names: as names are (`NameKey`:
/// case, accents, apostrophes), and hyphens, apostrophes and dots count as spaces, and the
/// abbreviations people write are read whole ("St Félicien", "saint-felicien" and
/// "SAINT FELICIEN" are all "saint felicien"; "Ste", "s/" for "sur").
public enum CommuneKey {
    public static func of(_ text: String) -> String {
        let base = NameKey.of(text)
        var words: [Substring] = []
        for word in base.split(whereSeparator: { " -'.,/_".contains($0) }) {
            switch word {
            case "st": words.append("saint")
            case "ste": words.append("sainte")
            case "sts": words.append("saints")
            case "stes": words.append("saintes")
            case "s" where !words.isEmpty: words.append("sur")
            default: words.append(word)
            }
        }
        return words.joined(separator: " ")
    }
}
