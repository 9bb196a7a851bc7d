using Gongkai.Domain.Agencies;
using Gongkai.Domain.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Data.Requests;

internal sealed class DisclosureRequestConfiguration : IEntityTypeConfiguration<DisclosureRequest>
{
    public void Configure(EntityTypeBuilder<DisclosureRequest> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.TrackingNumber).HasMaxLength(40);
        builder.HasIndex(r => r.TrackingNumber).IsUnique();
        builder.Property(r => r.Channel).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Description).HasMaxLength(4000);
        builder.Property(r => r.FormRequested).HasMaxLength(500);
        builder.HasOne<Agency>().WithMany().HasForeignKey(r => r.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.AgencyId);

        builder.ComplexProperty(r => r.Applicant, applicant =>
        {
            applicant.Property(a => a.Kind).HasColumnName("ApplicantKind").HasConversion<string>().HasMaxLength(40);
            applicant.Property(a => a.Name).HasColumnName("ApplicantName").HasMaxLength(200);
            applicant.Property(a => a.IdentityNumber).HasColumnName("ApplicantIdentityNumber").HasMaxLength(40);
            applicant.Property(a => a.Phone).HasColumnName("ApplicantPhone").HasMaxLength(40);
            applicant.Property(a => a.Email).HasColumnName("ApplicantEmail").HasMaxLength(200);
            applicant.Property(a => a.Address).HasColumnName("ApplicantAddress").HasMaxLength(500);
        });

        builder.HasMany(r => r.Events).WithOne().HasForeignKey(e => e.RequestId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Events).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();

        builder.Ignore(r => r.Receipt);
        builder.Ignore(r => r.SubmittedOn);
        builder.Ignore(r => r.Outcome);
        builder.Ignore(r => r.ClosedOn);
        builder.Ignore(r => r.WasExtended);
        builder.Ignore(r => r.HasPendingExtensionProposal);
        builder.Ignore(r => r.IsConsultationOpen);
        builder.Ignore(r => r.IsFeeOpen);
        builder.Ignore(r => r.IsOpen);

        // Back-office handling (RequestHandling migration): assignment, papers, extension proposal, forwarding note.
        builder.Property(r => r.AssignedOfficerName).HasMaxLength(100);
        builder.HasIndex(nameof(DisclosureRequest.AgencyId), nameof(DisclosureRequest.AssignedOfficerId));
        builder.Property(r => r.ApplicantDocuments).HasMaxLength(2000);
        builder.Property(r => r.ProposedExtensionReason).HasMaxLength(2000);
        builder.Property(r => r.ProposedExtensionBy).HasMaxLength(100);
        builder.Property(r => r.ForwardedTo).HasMaxLength(200);
        builder.Property(r => r.ForwardingNote).HasMaxLength(2000);

        // Imported ledger rows (Imports migration): provenance, and the key that makes a re-import change nothing.
        builder.Property(r => r.ImportFileName).HasMaxLength(260);
        builder.Property(r => r.ImportFileSha256).HasMaxLength(64);
        builder.Property(r => r.ImportSheet).HasMaxLength(100);
        builder.HasIndex(r => new { r.AgencyId, r.ImportFileSha256, r.ImportSheet, r.ImportRow });
        builder.Ignore(r => r.ImportedFrom);

        builder.Property<DateOnly>(RequestStatisticsColumns.ReceivedOn);
        builder.Property<DateOnly?>(RequestStatisticsColumns.ClosedOn);
        builder.Property<Outcome?>(RequestStatisticsColumns.ClosedWith).HasConversion<string>().HasMaxLength(60);
        builder.Property<bool>(RequestStatisticsColumns.Extended);
        builder.HasIndex(nameof(DisclosureRequest.AgencyId), RequestStatisticsColumns.ReceivedOn);
    }
}
