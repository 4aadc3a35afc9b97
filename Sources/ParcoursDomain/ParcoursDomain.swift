public enum ParcoursDomain {}
