/// French words the generator draws from: names with accents, communes, workshop
/// titles and the kind of notes facilitators write.
enum SyntheticVocabulary {
    static let firstNames = ["Léa", "Émile", "Chloé", "Noël", "Inès", "Jérôme", "Zoé", "Benoît", "Maëlle", "François",
                             "Hélène", "Joël", "Anaïs", "Loïc", "Céline", "Gaëtan", "Agnès", "Raphaël", "Éloïse", "Théo",
                             "Fatoumata", "Karim", "Nadia", "Yannick", "Solène", "Mathis", "Aurélie", "Bastien"]
    static let lastNames = ["Martin", "Lefèvre", "Dupré", "Garnier", "Rousseau", "Bélanger", "Fournier", "Mercier",
                            "Chevalier", "Lemaître", "Bonnet", "Ndiaye", "Traoré", "Perrin", "Gauthier", "Lacroix",
                            "Benoît", "Faure", "Mallet", "Guérin", "Barbier", "Poirier", "Le Gall", "Rivière"]
    static let communes = ["Rennes", "Saint-Brieuc", "Vannes", "Lorient", "Quimper", "Brest", "Fougères", "Vitré",
                           "Redon", "Lannion", "Pontivy", "Dinan", "Saint-Malo", "Morlaix", "Ploërmel", "Châteaulin"]
    static let projectWords = ["Épicerie solidaire", "Tiers-lieu", "Recyclerie", "Café associatif", "Jardin partagé",
                               "Atelier vélo", "Cantine de quartier", "Ressourcerie", "Crèche parentale", "Friperie",
                               "Conserverie", "Boulangerie coopérative", "Habitat participatif", "Fab lab"]
    static let projectPlaces = ["du Blavet", "des Halles", "de l’Étang", "du Port", "des Lilas", "de la Gare",
                                "« Les Mûres »", "du Bourg", "des Forges", "de Kerampuil"]
    static let sectors = ["alimentation", "mobilite", "reemploi", "culture", "petite_enfance", "habitat", "numerique",
                          "agriculture", "services"]
    static let workshops = ["Présentation du parcours", "De l’envie à l’idée", "Étude de marché", "Modèle économique",
                            "Statuts et gouvernance", "Prévisionnel financier", "Pitch et prise de parole",
                            "Financements solidaires", "Communication", "Bilan collectif", "Coopération et territoire",
                            "Tester son activité"]
    static let programmes = ["Lance-toi !", "Sprint", "May’Idées", "Premiers pas", "Fabrique à initiatives",
                             "Incubateur ESS", "Cap Création", "Émergence collective", "Consolid’ESS"]
    static let organisations = ["TRESSONS", "Élan CAE", "Pôle ESS du Pays", "Région Bretagne", "France Active",
                                "Maison de l’emploi", "Mairie de Quimper"]
    static let notes = ["A présenté son projet au comité ; retours encourageants.",
                        "Hésite entre SCIC et association : à revoir en rendez-vous.",
                        "Cherche un local ; piste du tiers-lieu « La Fabrique ».",
                        "Étude de marché avancée, 40 questionnaires recueillis.",
                        "Absente deux fois : la relancer par téléphone.",
                        "Prévisionnel à reprendre, charges sous-estimées.",
                        "Rencontre avec France Active prévue le mois prochain.",
                        "Très motivé, souhaite tester l’activité cet été.",
                        "Garde d’enfants compliquée le mercredi.",
                        "Orientation possible vers la CAE « Élan »."]
    static let remarks = ["Arrivée en retard", "Excusée : rendez-vous Pôle emploi", "Départ à 11 h", "Très participatif",
                          "Connexion difficile", "Enfant malade"]
    static let staff = ["Camille Roux", "Sébastien Hervé", "Gwenaëlle Le Bihan", "Amélie Tanguy", "Yves Morvan"]
}
