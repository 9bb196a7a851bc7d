using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Gongkai.Data.AuditTrail;

/// <summary>
/// Records every change a signed-in user makes (issue 6, 审计留痕) as <see cref="AuditEntry"/> rows added to the same
/// SaveChanges, so a change and its record commit or fail together. Personal data (identity numbers, phones,
/// addresses, e-mail) and secrets (password hashes, stamps) are masked; file contents are recorded by size.
/// </summary>
public sealed class AuditTrailInterceptor(IAuditActor actor, TimeProvider time) : SaveChangesInterceptor
{
    private static readonly HashSet<string> Masked = new(StringComparer.OrdinalIgnoreCase)
    {
        "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "IdentityNumber", "Phone", "PhoneNumber", "Email",
        "NormalizedEmail", "Address", "AccessCodeHash",
    };

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <inheritdoc />
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Record(eventData.Context);
        return result;
    }

    /// <inheritdoc />
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Record(DbContext? context)
    {
        if (context is null || actor.Current is not { } who)
        {
            return;
        }

        var at = time.GetUtcNow().UtcDateTime;
        var entries = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Entity is not (AuditEntry or DataProtectionKey))
            .ToList();
        foreach (var entry in entries)
        {
            var changes = Changes(entry);
            if (entry.State == EntityState.Modified && changes.Count == 0)
            {
                continue;
            }

            context.Add(new AuditEntry(
                at, who.UserId, who.UserName, ActionOf(entry.State), entry.Metadata.ClrType.Name, Key(entry),
                SubjectOf(entry), Guid(entry, "AgencyId"), JsonSerializer.Serialize(changes, Json)));
        }
    }

    private static AuditAction ActionOf(EntityState state) => state switch
    {
        EntityState.Added => AuditAction.Added,
        EntityState.Deleted => AuditAction.Deleted,
        _ => AuditAction.Modified,
    };

    private static Dictionary<string, string?> Changes(EntityEntry entry)
    {
        var changes = new Dictionary<string, string?>();
        foreach (var property in Properties(entry))
        {
            var name = property.Metadata.Name;
            switch (entry.State)
            {
                case EntityState.Added:
                    changes[name] = Show(name, property.CurrentValue);
                    break;
                case EntityState.Modified when property.IsModified && !Equals(property.OriginalValue, property.CurrentValue):
                    changes[name] = $"{Show(name, property.OriginalValue)} → {Show(name, property.CurrentValue)}";
                    break;
            }
        }

        return changes;
    }

    private static IEnumerable<PropertyEntry> Properties(EntityEntry entry)
    {
        foreach (var property in entry.Properties)
        {
            yield return property;
        }

        foreach (var complex in entry.ComplexProperties)
        {
            foreach (var property in complex.Properties)
            {
                yield return property;
            }
        }
    }

    private static string? Show(string name, object? value) => value switch
    {
        null => null,
        _ when Masked.Contains(name) || Masked.Any(m => name.EndsWith(m, StringComparison.OrdinalIgnoreCase)) => "（已隐去）",
        byte[] bytes => $"（{bytes.Length} 字节）",
        string text when text.Length > 500 => text[..500] + "…",
        DateOnly day => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static string Key(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        if (key is null)
        {
            return string.Empty;
        }

        return string.Join(",", key.Properties.Select(p =>
        {
            var property = entry.Property(p.Name);
            return property.IsTemporary ? "（新）" : Convert.ToString(property.CurrentValue, System.Globalization.CultureInfo.InvariantCulture);
        }));
    }

    /// <summary>The record a change belongs to: its request (events, notices, appeals) or itself.</summary>
    private static Guid? SubjectOf(EntityEntry entry) =>
        Guid(entry, "RequestId") ?? (entry.Metadata.FindPrimaryKey()?.Properties is [{ ClrType: var type } key] && type == typeof(Guid)
            ? (Guid?)entry.Property(key.Name).CurrentValue
            : null);

    private static Guid? Guid(EntityEntry entry, string name) =>
        entry.Metadata.FindProperty(name) is { } property && (property.ClrType == typeof(Guid) || property.ClrType == typeof(Guid?))
            ? (Guid?)entry.Property(name).CurrentValue
            : null;
}
