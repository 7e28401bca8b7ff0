with events as (

    select * from {{ ref('stg_sessionlens__events') }}

)

select
    {{ event_envelope_columns() | join(', ') }},
    attachment_id,
    file_name
from events
where event_type = 'attachment_downloaded'
