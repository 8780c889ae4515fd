package org.migracode.talent.index.graduates;

import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

/**
 * Keeps a graduate merged into another out of the index: its row stays (a merge can be undone),
 * its document goes when the merge commits and comes back when the merge is undone. Mass
 * indexing and the index/database count comparison follow the same rule.
 */
public final class MergedAwayNotIndexed implements RoutingBridge<GraduateProfile> {

    /** The JPQL condition, on alias {@code e}, of the graduate rows that are indexed. */
    public static final String INDEXED_ROWS = "e.mergedInto is null";

    @Override
    public void route(DocumentRoutes routes, Object entityIdentifier, GraduateProfile graduate, RoutingBridgeRouteContext context) {
        if (graduate.getMergedInto() == null) {
            routes.addRoute();
        } else {
            routes.notIndexed();
        }
    }

    @Override
    public void previousRoutes(DocumentRoutes routes, Object entityIdentifier, GraduateProfile graduate,
            RoutingBridgeRouteContext context) {
        routes.addRoute(); // it may have been indexed before the merge: let Hibernate Search delete that document
    }

    /** Binds the bridge; it reads only {@code mergedInto}. */
    public static final class Binder implements RoutingBinder {
        @Override
        public void bind(RoutingBindingContext context) {
            context.dependencies().use("mergedInto");
            context.bridge(GraduateProfile.class, new MergedAwayNotIndexed());
        }
    }
}
