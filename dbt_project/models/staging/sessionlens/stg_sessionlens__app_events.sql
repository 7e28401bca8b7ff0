with events as (

    select * from {{ ref('stg_sessionlens__events') }}

)

select
    {{ event_envelope_columns() | join(', ') }},
    name as app_event_name,
    source,
    has_context,
    {{ event_context_columns() | join(', ') }}
from events
where event_type = 'app_event'
