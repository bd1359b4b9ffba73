package nl.huisverbod.identity;

/** Implemented by every authenticated principal of this application, however the user logged in. */
public interface AppPrincipal {
    CurrentUser currentUser();
}
