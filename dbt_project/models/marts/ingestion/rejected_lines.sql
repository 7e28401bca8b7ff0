-- Rejected lines only accumulate: a build appends those of its pending batches. The key
-- includes rejected_at (one per ingestion run), so a redone build replaces its own rows
-- and a file re-sent under the same name with new content keeps both runs' lines.
{{ config(unique_key=['file', 'line_number', 'rejected_at']) }}

with rejected_lines as (

    select * from {{ ref('stg_sessionlens__rejected_lines') }} {{ where_pending_batch() }}

),

final as (

    select
        partner_id,
        source_file as file,
        line_number,
        rejection_reason as reason,
        event_type,
        rejected_at,
        raw_line

    from rejected_lines

)

select * from final
