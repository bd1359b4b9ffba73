package nl.huisverbod.care;

public record ZorgadviesInput(String verloop, String veiligheidsafspraken, String hulpGestart,
                              Zorgadvies.Dreiging dreigingAfgenomen, Boolean adviesVerlengen, String toelichting) {
}
