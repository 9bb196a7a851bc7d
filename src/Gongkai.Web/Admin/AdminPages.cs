using Gongkai.Web.Requests;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Admin;

/// <summary>
/// The back office's pages in the framework: the role policies (<see cref="AdminPolicies"/>) applied per folder
/// (<see cref="AdminFolder"/>), the scoped queries per aggregate (<see cref="ScopedRecords"/>), the request handling
/// operation (<see cref="RequestHandling"/>) and the binding of dates (<see cref="RecordedDateBinder"/>) with Chinese
/// messages for every value that does not bind.
/// </summary>
public static class AdminPages
{
    /// <summary>Registers the back-office page services and conventions.</summary>
    public static IServiceCollection AddAdminPages(this IServiceCollection services)
    {
        services.AddScoped<RequestHandling>();
        services.AddScoped<ScopedRecords>();
        services.AddScoped<IAuthorizationHandler, AdminRoleHandler>();
        services.AddAuthorization(AdminPolicies.Add);
        services.Configure<RazorPagesOptions>(o => AdminFolderConventions.Apply(o.Conventions));
        services.Configure<MvcOptions>(o =>
        {
            o.ModelBinderProviders.Insert(0, new RecordedDateBinderProvider());
            o.Filters.Add(new AdminActionFilter());
            var messages = o.ModelBindingMessageProvider;
            messages.SetAttemptedValueIsInvalidAccessor((value, _) => $"“{value}”不是有效的值。");
            messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"“{value}”不是有效的值。");
            messages.SetValueIsInvalidAccessor(value => $"“{value}”不是有效的值。");
            messages.SetValueMustBeANumberAccessor(_ => "请填写数字。");
            messages.SetNonPropertyValueMustBeANumberAccessor(() => "请填写数字。");
            messages.SetUnknownValueIsInvalidAccessor(_ => "所填的值无效。");
            messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "所填的值无效。");
            messages.SetValueMustNotBeNullAccessor(_ => "请填写此项。");
            messages.SetMissingBindRequiredValueAccessor(_ => "请填写此项。");
            messages.SetMissingKeyOrValueAccessor(() => "请填写此项。");
            messages.SetMissingRequestBodyRequiredValueAccessor(() => "请求内容为空。");
        });
        return services;
    }
}
