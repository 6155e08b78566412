/**
 * What every module stands on: the database (data source, Flyway, epoch, readiness), the startup gate, request
 * bodies and refusals ({@code {"code","message","field"?}}), and the guard every REST call passes (branch id 400,
 * database 503, known branch 404, the caller's branch 403; the ports {@link cedarpos.server.platform.KnownBranches}
 * and {@link cedarpos.server.platform.BranchScope} are implemented by the branch and access modules).
 * Depends on no other module.
 */
package cedarpos.server.platform;
